using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Cooperation;
using CooperationEvidence = AseanCyber.Graph.Querying.Cooperation.Evidence;

namespace AseanCyber.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>One statement (cypher/cooperation.cypher) for all <paramref name="actorIds"/>, the filter compiled on its entry variable.</summary>
    public async Task<IReadOnlyDictionary<string, ActorLinks>> GetCooperationAsync(IReadOnlyCollection<string> actorIds, Filter? where, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        var result = new Dictionary<string, ActorLinks>(StringComparer.Ordinal);
        var asked = actorIds.Where(CooperationActors.IsActorId).Distinct(StringComparer.Ordinal).ToList();
        if (asked.Count == 0)
        {
            return result;
        }

        var parameters = new CypherParameters();
        var statement = CypherFiles.Compose(
            CypherFiles.Cooperation, where is null ? null : CypherSchemas.EntryFilter.Compile(where, "e", parameters), []);
        parameters.Values["actorIds"] = asked;
        var records = await ReadAsync(statement, parameters.Values, cancellationToken).ConfigureAwait(false);
        foreach (var record in records.Records)
        {
            var actorId = (string?)record["actorId"] ?? throw Neo4jMapping.Unexpected("a cooperation row without its actor");
            var shared = Maps(record["shared"]).Select(m => new SharedEntry(
                Neo4jMapping.OptionalString(m, "partnerId") ?? throw Neo4jMapping.Unexpected("a shared entry without its partner"),
                Neo4jMapping.OptionalString(m, "entryId") ?? throw Neo4jMapping.Unexpected("a shared entry without its id"),
                Neo4jMapping.ToInt(m.TryGetValue("year", out var year) ? year : null),
                ToEvidence(m.TryGetValue("own", out var own) ? own : null),
                ToEvidence(m.TryGetValue("theirs", out var theirs) ? theirs : null))).ToList();
            var direct = Strings(record["members"]).Select(id => new DirectLink(id, DirectLinkKind.Membership))
                .Concat(Strings(record["ownCountry"]).Select(id => new DirectLink(id, DirectLinkKind.StateCountry)))
                .ToList();
            result[actorId] = new ActorLinks(actorId, shared, direct);
        }

        return result;
    }

    private static CooperationEvidence ToEvidence(object? names) =>
        Strings(names).Aggregate(CooperationEvidence.None, (all, name) => all | (EvidenceWeights.ByCypherName.TryGetValue(name, out var kind)
            ? kind
            : throw Neo4jMapping.Unexpected($"'{name}' where the evidence of a cooperation was expected")));
}
