using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;
using static AseanCyber.Graph.Tests.Store.Fixtures;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>The filter contract generated from the catalogs: field x operator, on every adapter.</summary>
public abstract partial class GraphStoreContract
{
    [SkippableTheory]
    [MemberData(nameof(CatalogCases.FixtureNames), MemberType = typeof(CatalogCases))]
    public async Task Catalog_filter_selects_what_its_rule_says(string name)
    {
        var store = await ReadOnlyStoreWithAsync(Alpha, Beta);
        var @case = CatalogCases.Fixture.Single(c => c.Name == name);

        var page = await store.QueryEntriesAsync(Where(@case.Filter), Ct);

        var expected = CatalogCases.FixtureEntries.Where(@case.Expected).Select(e => e.Entry.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, Ids(page).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Catalog_cases_cover_every_filterable_scalar_of_entries_and_their_relations()
    {
        var names = CatalogCases.Fixture.Select(c => c.Name.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var field in EntryFields.Catalog.FilterFields)
        {
            if (field.Target is { } target)
            {
                foreach (var inner in target.FilterFields.Where(f => f.Target is null))
                {
                    Assert.Contains($"{field.Name}.{inner.Name}", names);
                }
            }
            else
            {
                Assert.Contains(field.Name, names);
            }
        }
    }

    [SkippableFact]
    public async Task Entries_filter_by_when_their_profile_was_last_updated()
    {
        var store = await StoreWithAsync(Alpha, Beta);

        var updated2018 = await store.QueryEntriesAsync(
            Where(new ObjectFilter(EntryFields.Profile, new FieldFilter(ProfileFields.LastUpdated, FilterOperator.EndsWith, "2018"))), Ct);
        var updatedInMay = await store.QueryEntriesAsync(
            Where(new ObjectFilter(EntryFields.Profile, new FieldFilter(ProfileFields.LastUpdated, FilterOperator.StartsWith, "may"))), Ct);
        var neverUpdated = await store.QueryEntriesAsync(
            Where(new ObjectFilter(EntryFields.Profile, new FieldFilter(ProfileFields.LastUpdated, FilterOperator.Eq, null))), Ct);

        Assert.Equal(A.All, Ids(updated2018));
        Assert.Equal([B.Statement, B.ExpertGroup], Ids(updatedInMay));
        Assert.Empty(Ids(neverUpdated));
    }
}
