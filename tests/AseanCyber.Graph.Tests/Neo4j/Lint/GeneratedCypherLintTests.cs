using AseanCyber.Graph.Model;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Tests.Neo4j.Lint;

/// <summary>
/// Every statement the adapter can send, not only the files as written: each filterable field under every operator and
/// quantifier, and every sort key in both directions, compiled into each template that takes them. A few large statements
/// cover it all, because linting costs per statement.
/// </summary>
[Trait(Tier.Name, Tier.External)]
public sealed class GeneratedCypherLintTests
{
    [SkippableFact]
    public async Task Every_generated_statement_passes_lint()
    {
        var statements = new List<(string Name, string Text)>();
        var entryParameters = new CypherParameters();
        statements.Add(("query-entries with every entry filter and sort key", CypherFiles.Compose(
            CypherFiles.QueryEntries,
            CypherSchemas.EntryFilter.Compile(EveryEntryCondition(), "e", entryParameters),
            CypherSchemas.EntrySort.Compile(EveryKey(CypherSchemas.EntrySort.FieldNames), "e"))));

        // The same fragments in each per-parent template, read forward and from the end (every key reversed): one condition
        // of each kind is enough to show they fit there too.
        Filter byNodeFilter = new AndFilter([
            new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting),
            new ListFilter(EntryFields.Countries, ListQuantifier.All, new FieldFilter(CountryFields.Code, FilterOperator.Eq, "JP")),
        ]);
        var everyEntryKey = CypherSchemas.EntrySort.Compile(EveryKey(CypherSchemas.EntrySort.FieldNames), "e");
        string[] entryFiles =
        [
            CypherFiles.QueryEntries, CypherFiles.QueryEntriesByProfile, CypherFiles.QueryEntriesByCountry, CypherFiles.QueryEntriesByBody,
            CypherFiles.QueryEntriesByTheme, CypherFiles.QueryEntriesByPlace, CypherFiles.QueryEntriesByOrganization,
            CypherFiles.QueryEntriesShared,
        ];
        foreach (var file in entryFiles)
        {
            var where = CypherSchemas.EntryFilter.Compile(byNodeFilter, "e", new CypherParameters());
            statements.Add(($"{file} with a filter and every sort key", CypherFiles.Compose(file, where, everyEntryKey)));
            statements.Add(($"{file} from the end with a filter and every sort key", CypherFiles.ComposeReversed(file, where, everyEntryKey)));
        }

        var countryParameters = new CypherParameters();
        statements.Add(("get-countries with every country filter and sort key", CypherFiles.Compose(
            CypherFiles.GetCountries,
            CypherSchemas.CountryFilter.Compile(new AndFilter([.. CypherSchemas.CountryFilter.FieldNames.SelectMany(StringConditions)]), "c", countryParameters),
            CypherSchemas.CountrySort.Compile(EveryKey(CypherSchemas.CountrySort.FieldNames), "c"))));
        var bodyParameters = new CypherParameters();
        statements.Add(("get-bodies with every body filter and sort key", CypherFiles.Compose(
            CypherFiles.GetBodies,
            CypherSchemas.BodyFilter.Compile(new OrFilter([.. CypherSchemas.BodyFilter.FieldNames.SelectMany(StringConditions)]), "b", bodyParameters),
            CypherSchemas.BodySort.Compile(EveryKey(CypherSchemas.BodySort.FieldNames), "b"))));

        statements.Add(("entry-facets with a filter", CypherFiles.Compose(
            CypherFiles.EntryFacets, CypherSchemas.EntryFilter.Compile(byNodeFilter, "e", new CypherParameters()), [])));
        statements.Add(("cooperation with a filter", CypherFiles.Compose(
            CypherFiles.Cooperation, CypherSchemas.EntryFilter.Compile(byNodeFilter, "e", new CypherParameters()), [])));

        statements.Add(("find-paths within 1 hop", CypherFiles.FindPathsWithin(1)));
        statements.Add(("find-paths within 6 hops", CypherFiles.FindPathsWithin(CypherFiles.MaxHops)));
        statements.Add(("find-paths via every kind", CypherFiles.FindPathsWithin(4, Enum.GetValues<LinkKind>().ToHashSet())));
        statements.Add(("find-paths via one kind", CypherFiles.FindPathsWithin(2, new HashSet<LinkKind> { LinkKind.In })));

        await CypherLinter.AssertCleanAsync(statements);
    }

    /// <summary>Each catalog contract case (field x operator) on its own, as the adapter would send it.</summary>
    [SkippableFact]
    public async Task Every_catalog_case_compiles_to_a_statement_that_passes_lint()
    {
        var statements = Store.CatalogCases.Fixture.Select(c => (
            $"query-entries where {c.Name}",
            CypherFiles.Compose(CypherFiles.QueryEntries, CypherSchemas.EntryFilter.Compile(c.Filter, "e", new CypherParameters()), []))).ToList();

        Assert.NotEmpty(statements);
        await CypherLinter.AssertCleanAsync(statements);
    }

    [Fact]
    public void The_generated_entry_filter_touches_every_filterable_field()
    {
        var parameters = new CypherParameters();
        var text = CypherSchemas.EntryFilter.Compile(EveryEntryCondition(), "e", parameters);

        foreach (var property in new[] { "e.id", "e.kind", "e.section", "e.category", "e.title", "e.status", "e.edition", "e.acronym", "e.description", "e.year" })
        {
            Assert.Contains(property, text, StringComparison.Ordinal);
        }

        foreach (var pattern in new[] { ":IN_PROFILE]", ":INVOLVES]", ":HELD_IN]", ":ISSUED_BY]", ":ABOUT]", ":MENTIONS]", ":IN]", "endNode(" })
        {
            Assert.Contains(pattern, text, StringComparison.Ordinal);
        }

        Assert.Equal(
            CypherSchemas.EntryFilter.FieldNames.Order(StringComparer.Ordinal),
            EntryFieldsCovered().Order(StringComparer.Ordinal));
    }

    private static string[] EntryFieldsCovered() =>
    [
        EntryFields.Id, EntryFields.Kind, EntryFields.Section, EntryFields.Category, EntryFields.Title, EntryFields.Status,
        EntryFields.Edition, EntryFields.Acronym, EntryFields.Description, EntryFields.Year, EntryFields.Profile,
        EntryFields.Countries, EntryFields.Involvements, EntryFields.Bodies, EntryFields.Themes, EntryFields.Places,
        EntryFields.Organizations,
    ];

    private static AndFilter EveryEntryCondition()
    {
        var named = new FieldFilter(ThemeFields.Name, FilterOperator.StartsWith, "A");
        List<Filter> conditions =
        [
            .. new string[] { EntryFields.Id, EntryFields.Section, EntryFields.Category, EntryFields.Title, EntryFields.Acronym, EntryFields.Description }
                .SelectMany(StringConditions),
            .. new string[] { EntryFields.Edition, EntryFields.Year }.SelectMany(IntConditions),
            .. EnumConditions(EntryFields.Kind, EntryKind.Meeting, EntryKind.Activity),
            .. EnumConditions(EntryFields.Status, EntryStatus.InProgress, EntryStatus.Proposed),
            new ObjectFilter(EntryFields.Profile, new AndFilter([.. new string[] { ProfileFields.Id, ProfileFields.Name, ProfileFields.Acronym, ProfileFields.LastUpdated }.Select(Equal)])),
            new FieldFilter(EntryFields.Profile, FilterOperator.Eq, null),
            new FieldFilter(EntryFields.Profile, FilterOperator.Neq, null),
        ];
        var elements = new Dictionary<string, Filter>(StringComparer.Ordinal)
        {
            [EntryFields.Countries] = new AndFilter([.. new string[] { CountryFields.Id, CountryFields.Code, CountryFields.Code3, CountryFields.Name }.Select(Equal)]),
            [EntryFields.Involvements] = new OrFilter([
                new FieldFilter(InvolvementFields.Role, FilterOperator.In, new List<object?> { InvolvementRole.Host, InvolvementRole.Venue }),
                Equal(InvolvementFields.Evidence),
                new ObjectFilter(InvolvementFields.Country, new FieldFilter(CountryFields.Code, FilterOperator.Eq, "JP")),
                new FieldFilter(InvolvementFields.Country, FilterOperator.Neq, null),
            ]),
            [EntryFields.Bodies] = new OrFilter([.. new string[] { BodyFields.Id, BodyFields.Name }.Select(Equal)]),
            [EntryFields.Themes] = named,
            [EntryFields.Places] = new AndFilter([
                named,
                new ObjectFilter(PlaceFields.Country, new FieldFilter(CountryFields.Code, FilterOperator.In, new List<object?> { "MY", "JP" })),
                new FieldFilter(PlaceFields.Country, FilterOperator.Eq, null),
            ]),
            [EntryFields.Organizations] = new OrFilter([.. new string[] { OrganizationFields.Id, OrganizationFields.Name, OrganizationFields.Acronym }.Select(Equal)]),
        };
        // Every element filter under one quantifier; every quantifier on one list (they compile the same way for all lists).
        conditions.AddRange(elements.Select(e => new ListFilter(e.Key, ListQuantifier.Some, e.Value)));
        var named2 = new FieldFilter(ThemeFields.Name, FilterOperator.Eq, "x");
        conditions.Add(new ListFilter(EntryFields.Countries, ListQuantifier.All, new FieldFilter(CountryFields.Code, FilterOperator.Eq, "JP")));
        conditions.Add(new ListFilter(EntryFields.Themes, ListQuantifier.None, named2));
        conditions.Add(new ListFilter(EntryFields.Themes, ListQuantifier.Any, null, Any: true));
        conditions.Add(new ListFilter(EntryFields.Themes, ListQuantifier.All, named2, Any: false));

        return new AndFilter([new OrFilter(conditions), new AndFilter([]), new OrFilter([])]);
    }

    private static FieldFilter Equal(string field) => new(field, FilterOperator.Eq, "x");

    private static IEnumerable<Filter> StringConditions(string field) =>
    [
        new FieldFilter(field, FilterOperator.Eq, "x"),
        new FieldFilter(field, FilterOperator.Eq, null),
        new FieldFilter(field, FilterOperator.Neq, "x"),
        new FieldFilter(field, FilterOperator.Contains, "x"),
        new FieldFilter(field, FilterOperator.NContains, "x"),
        new FieldFilter(field, FilterOperator.StartsWith, "x"),
        new FieldFilter(field, FilterOperator.NStartsWith, "x"),
        new FieldFilter(field, FilterOperator.EndsWith, "x"),
        new FieldFilter(field, FilterOperator.NEndsWith, "x"),
        new FieldFilter(field, FilterOperator.In, new List<object?> { "x", null }),
        new FieldFilter(field, FilterOperator.Nin, new List<object?> { "x" }),
    ];

    private static IEnumerable<Filter> IntConditions(string field) =>
    [
        new FieldFilter(field, FilterOperator.Eq, 1),
        new FieldFilter(field, FilterOperator.Eq, null),
        new FieldFilter(field, FilterOperator.Neq, 1),
        new FieldFilter(field, FilterOperator.In, new List<object?> { 1, null }),
        new FieldFilter(field, FilterOperator.Nin, new List<object?> { 1 }),
        new FieldFilter(field, FilterOperator.Gt, 1),
        new FieldFilter(field, FilterOperator.Gte, 1),
        new FieldFilter(field, FilterOperator.Lt, 1),
        new FieldFilter(field, FilterOperator.Lte, 1),
    ];

    private static IEnumerable<Filter> EnumConditions<TEnum>(string field, TEnum a, TEnum b)
        where TEnum : struct, Enum =>
    [
        new FieldFilter(field, FilterOperator.Eq, a),
        new FieldFilter(field, FilterOperator.Eq, null),
        new FieldFilter(field, FilterOperator.Neq, a),
        new FieldFilter(field, FilterOperator.In, new List<object?> { a, b, null }),
        new FieldFilter(field, FilterOperator.Nin, new List<object?> { b }),
    ];

    private static SortField[] EveryKey(IEnumerable<string> fields) =>
        [.. fields.SelectMany(f => new[] { new SortField(f, SortDirection.Asc), new SortField(f, SortDirection.Desc) })];
}
