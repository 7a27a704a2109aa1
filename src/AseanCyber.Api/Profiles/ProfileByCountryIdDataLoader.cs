using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;
using AseanCyber.GraphQL.Http.DataLoading;
using GraphQL;

namespace AseanCyber.Api.Profiles;

/// <summary>
/// The state profile of many countries in one store call per level: the profiles whose own country is among the keys
/// (a profile filter on its country, so both adapters answer it with the query they already compile). Should two
/// profiles be about one country, the first by name, then id, answers for it.
/// </summary>
public sealed class ProfileByCountryIdDataLoader(IGraphStore store) : BatchDataLoader<string, Profile?>(StringComparer.Ordinal)
{
    /// <summary>This request's loader (registered scoped).</summary>
    public static ProfileByCountryIdDataLoader Of(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ProfileByCountryIdDataLoader>();

    protected override async Task<IReadOnlyDictionary<string, Profile?>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var query = new ListQuery(new ObjectFilter(ProfileFields.Country, new FieldFilter(CountryFields.Id, FilterOperator.In, keys.ToList())), []);
        var profiles = await store.GetProfilesAsync(query, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, Profile?>(keys.Count, StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            if (profile.Country is { } country)
            {
                result.TryAdd(country.Id, profile);
            }
        }

        return result;
    }
}
