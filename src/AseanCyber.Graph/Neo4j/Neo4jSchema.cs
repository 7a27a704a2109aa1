namespace AseanCyber.Graph.Neo4j;

/// <summary>The statements of <c>cypher/schema.cypher</c> (constraints and indexes), for what writes Cypher outside the adapter: the export script.</summary>
public static class Neo4jSchema
{
    /// <summary>Each statement without its ';', comments dropped, in file order.</summary>
    public static IReadOnlyList<string> Statements => CypherFiles.Statements(CypherFiles.Schema);
}
