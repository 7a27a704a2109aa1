using AseanCyber.Graph.Testing;

namespace AseanCyber.Api.Tests.Infrastructure;

/// <summary>
/// The apps one test starts, each on the embedded graph unless pointed at the one stand-in Neo4j they share; disposed
/// with the test class's instance, Neo4j last.
/// </summary>
public sealed class ApiHosts : IDisposable
{
    private readonly List<ApiFactory> _apis = [];

    public FakeNeo4jGraph Neo4j { get; } = new();

    /// <summary>Keeps <paramref name="api"/> to dispose it with the others.</summary>
    public ApiFactory Add(ApiFactory api)
    {
        _apis.Add(api);
        return api;
    }

    public void Dispose()
    {
        foreach (var api in _apis)
        {
            api.Dispose();
        }

        Neo4j.Dispose();
    }
}
