using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Cooperation;
using AseanCyber.Graph.Store;
using AseanCyber.GraphQL.Http.DataLoading;
using GraphQL;

namespace AseanCyber.Api.Cooperation;

/// <summary>One actor's cooperation under one filter.</summary>
public readonly record struct CooperationKey(string ActorId, Filter? Where);

/// <summary>
/// The cooperation of many actors: keys with equal filters (compared by value) load in one store call, so aliased
/// <c>cooperation</c> fields cost one call per distinct 'where'. Actors the graph does not have resolve to null.
/// </summary>
public sealed class CooperationDataLoader(IGraphStore store) : BatchDataLoader<CooperationKey, ActorLinks?>(EqualityComparer<CooperationKey>.Default)
{
    /// <summary>This request's loader (registered scoped).</summary>
    public static CooperationDataLoader Of(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<CooperationDataLoader>();

    protected override async Task<IReadOnlyDictionary<CooperationKey, ActorLinks?>> LoadBatchAsync(IReadOnlyList<CooperationKey> keys, CancellationToken cancellationToken)
    {
        var results = new Dictionary<CooperationKey, ActorLinks?>(keys.Count);
        foreach (var group in keys.GroupBy(k => k.Where))
        {
            var actors = group.Select(k => k.ActorId).Distinct(StringComparer.Ordinal).ToList();
            var answer = await store.GetCooperationAsync(actors, group.Key, cancellationToken).ConfigureAwait(false);
            foreach (var actorId in actors)
            {
                results[new CooperationKey(actorId, group.Key)] = answer.GetValueOrDefault(actorId);
            }
        }

        return results;
    }
}
