namespace AseanCyber.Testing.Cypher.Tests;

/// <summary>Shorthands for the tests.</summary>
internal static class Cy
{
    public static Dictionary<string, object?> P(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    /// <summary>The single value of <c>RETURN expression AS v</c>.</summary>
    public static object? Eval(string expression, Dictionary<string, object?>? parameters = null) =>
        new InMemoryGraph().Run("RETURN " + expression + " AS v", parameters).Single();

    public static InMemoryGraph Graph(string create)
    {
        var db = new InMemoryGraph();
        db.Run(create);
        return db;
    }

    public static CypherException Fails(Action action) => Assert.Throws<CypherException>(action);

    public static void FailsWith(string code, Action action) => Assert.Equal(code, Fails(action).Code);

    public static List<object?> L(params object?[] items) => [.. items];
}
