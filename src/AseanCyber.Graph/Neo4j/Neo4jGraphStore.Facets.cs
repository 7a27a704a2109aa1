using AseanCyber.Graph.Querying.Facets;

namespace AseanCyber.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>Each facet's parameter and answer column in cypher/entry-facets.cypher.</summary>
    private static readonly (EntryFacet Facet, string Column)[] FacetColumns =
    [
        (EntryFacet.Kind, "kinds"),
        (EntryFacet.Year, "years"),
        (EntryFacet.Status, "statuses"),
        (EntryFacet.Role, "roles"),
        (EntryFacet.Profile, "profiles"),
        (EntryFacet.Country, "countries"),
        (EntryFacet.Body, "bodies"),
        (EntryFacet.Theme, "themes"),
        (EntryFacet.Place, "places"),
        (EntryFacet.Organization, "organizations"),
    ];

    /// <summary>
    /// cypher/entry-facets.cypher with the compiled filter, every facet's requested variants as a list parameter (empty
    /// for a facet not asked for), in one request. The kept values are sorted again here, so the answer never rests on
    /// the order in which Neo4j collects them, only on which it keeps, and that is ranked in the statement.
    /// </summary>
    public async Task<EntryFacets> GetEntryFacetsAsync(EntryFacetQuery query, CancellationToken cancellationToken)
    {
        FacetRules.Validate(query);
        var parameters = new CypherParameters();
        var where = query.Where is null ? null : CypherSchemas.EntryFilter.Compile(query.Where, "e", parameters);
        var statement = CypherFiles.Compose(CypherFiles.EntryFacets, where, []);
        var requests = query.Facets.Distinct().ToArray();
        foreach (var (facet, column) in FacetColumns)
        {
            parameters.Values[column] = requests.Where(r => r.Facet == facet).Select(r => (object?)Variant(r)).ToList();
        }

        var result = await ReadAsync(statement, parameters.Values, cancellationToken).ConfigureAwait(false);
        var record = result.Records.Count == 1 ? result.Records[0] : throw Neo4jMapping.Unexpected($"{result.Records.Count} rows for entry-facets.cypher");
        var facets = new Dictionary<FacetRequest, IReadOnlyList<FacetCount>>(requests.Length);
        foreach (var (facet, column) in FacetColumns)
        {
            var asked = requests.Where(r => r.Facet == facet).ToArray();
            var lists = record[column] as IReadOnlyList<object?> ?? throw Neo4jMapping.Unexpected($"a {column} column that is not a list");
            if (lists.Count != asked.Length)
            {
                throw Neo4jMapping.Unexpected($"{lists.Count} {column} lists for {asked.Length} requested");
            }

            for (var i = 0; i < asked.Length; i++)
            {
                var counts = Maps(lists[i]).Select(row => ToFacetCount(facet, row)).ToArray();
                Array.Sort(counts, FacetRules.Comparer(facet, asked[i].Order));
                facets[asked[i]] = counts;
            }
        }

        return new EntryFacets(Neo4jMapping.ToInt(record["total"]) ?? 0, facets);
    }

    private static Dictionary<string, object?> Variant(FacetRequest request)
    {
        var variant = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["first"] = request.First,
            ["byValue"] = request.Order == FacetOrder.Value,
        };
        if (request.Facet == EntryFacet.Country)
        {
            variant["role"] = request.Role is { } role ? CypherEnums.Name(role) : null;
        }

        return variant;
    }

    private static FacetCount ToFacetCount(EntryFacet facet, IReadOnlyDictionary<string, object?> row)
    {
        var count = Neo4jMapping.ToInt(row.TryGetValue("count", out var c) ? c : null) ?? throw Neo4jMapping.Unexpected("a facet value without its count");
        var value = row.TryGetValue("value", out var v) ? v : null;
        return facet switch
        {
            EntryFacet.Year => new FacetCount(
                FacetRules.Year(Neo4jMapping.ToInt(value) ?? throw Neo4jMapping.Unexpected("a year that is not an integer")), null, count),
            EntryFacet.Kind or EntryFacet.Status or EntryFacet.Role => new FacetCount(
                value as string ?? throw Neo4jMapping.Unexpected($"a {facet} facet value that is not a string"), null, count),
            _ => NodeCount(facet, row, count),
        };
    }

    private static FacetCount NodeCount(EntryFacet facet, IReadOnlyDictionary<string, object?> row, int count)
    {
        var node = facet switch
        {
            EntryFacet.Profile => Neo4jMapping.ToProfile(AsMap(row["node"]), row["members"], row["country"]),
            EntryFacet.Place => Neo4jMapping.ToNode(AsNode(row["node"]), row["country"]),
            _ => Neo4jMapping.ToNode(AsNode(row["node"])),
        };
        return new FacetCount(node.Id, node, count);
    }
}
