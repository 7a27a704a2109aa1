using System.Net;
using System.Text;
using AseanCyber.Api.Tests.Infrastructure;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Queries;

/// <summary>Every bad input the foundation issue lists gets its specific error, and the graph is unchanged afterwards.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string ApiKey = "test-key-0123456789";
    private readonly ApiFactory _api = new ApiFactory().WithSetting("Auth:ApiKey", ApiKey);

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Syntax_error_is_400_with_a_code()
    {
        var before = await CountAsync();
        var result = await _api.PostGraphQLAsync("{ entries { totalCount ");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["SYNTAX_ERROR"], result.ErrorCodes);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Query_deeper_than_the_limit_is_refused_but_introspection_is_not()
    {
        var deep = """
            { country(code: "JP") { entries { nodes { bodies { entries { nodes { themes { entries { nodes { countries { entries { nodes { title } } } } } } } } } } } } }
            """;
        var result = await _api.PostGraphQLAsync(deep);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Contains("MAX_DEPTH_EXCEEDED", result.ErrorCodes);
        Assert.Contains("limit is 12", result.ErrorMessages.Single(), StringComparison.Ordinal);

        var introspection = await _api.PostGraphQLAsync(IntrospectionQuery);
        Assert.True(introspection.Errors.Count == 0, introspection.ToString());
        Assert.Equal(27, await CountAsync());
    }

    [Fact]
    public async Task Query_above_the_complexity_budget_is_refused()
    {
        var result = await _api.PostGraphQLAsync("""
            { entries(first: 100) { nodes { bodies { entries(first: 100) { nodes { themes { entries(first: 100) { nodes { title } } } } } } } } }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Single(result.Errors);
        Assert.Contains("complexity", result.ErrorMessages.Single()!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(27, await CountAsync());
    }

    [Fact]
    public async Task Complexity_is_still_checked_when_the_document_comes_from_the_cache()
    {
        const string query = "query ($n: Int) { entries(first: $n) { nodes { bodies { entries(first: $n) { nodes { themes { entries(first: $n) { nodes { title } } } } } } } } }";
        var cheap = await _api.PostGraphQLAsync(query, new { n = 2 });
        Assert.True(cheap.Errors.Count == 0, cheap.ToString());

        var expensive = await _api.PostGraphQLAsync(query, new { n = 100 });
        Assert.Equal(HttpStatusCode.BadRequest, expensive.StatusCode);
        Assert.Contains("complexity", expensive.ErrorMessages.Single()!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_repeated_document_is_parsed_and_validated_once()
    {
        var cache = _api.Services.GetServices<IConfigureExecution>().OfType<AseanCyber.GraphQL.Http.Documents.DocumentCache>().Single();
        const string query = "query Repeated { entries(first: 1) { totalCount } }";
        var before = cache.Count;

        for (var i = 0; i < 3; i++)
        {
            var result = await _api.PostGraphQLAsync(query);
            Assert.True(result.Errors.Count == 0, result.ToString());
        }

        Assert.Equal(before + 1, cache.Count);
    }

    [Fact]
    public async Task First_100000_is_refused()
    {
        var result = await _api.PostGraphQLAsync("{ entries(first: 100000) { totalCount } }");

        Assert.Equal(["PAGING_LIMIT_EXCEEDED"], result.ErrorCodes);
        Assert.Contains("between 0 and 100", result.ErrorMessages.Single()!, StringComparison.Ordinal);
        Assert.Equal(27, await CountAsync());
    }

    [Fact]
    public async Task Three_megabyte_request_is_413()
    {
        var padding = new string(' ', 3 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query":"{ entries { totalCount } }{{padding}}"}""", Encoding.UTF8, "application/json"),
        };
        var result = await _api.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.StatusCode);
        Assert.Equal(27, await CountAsync());
    }

    [Fact]
    public async Task Import_without_the_key_is_refused()
    {
        var result = await _api.PostGraphQLAsync(ImportMutation, new { text = SeedText().Replace("ASEAN Cyber Norms Workshop", "Changed", StringComparison.Ordinal) });

        Assert.Equal(["AUTH_REQUIRED"], result.ErrorCodes);
        Assert.Equal(0, await CountTitledAsync("Changed"));
        Assert.Empty(Directory.GetFiles(_api.DataDirectory));
    }

    [Fact]
    public async Task Import_of_text_that_is_not_a_profile_is_rejected_naming_the_line()
    {
        var result = await _api.PostGraphQLAsync(ImportMutation, new { text = "Dear colleagues,\nplease find the minutes attached.\n" }, bearerToken: ApiKey);

        Assert.Equal(["IMPORT_REJECTED"], result.ErrorCodes);
        Assert.Contains("line 2", result.ErrorMessages.Single()!, StringComparison.Ordinal);
        Assert.Equal(27, await CountAsync());
        Assert.Empty(Directory.GetFiles(_api.DataDirectory));
    }

    [Fact]
    public async Task Import_that_fails_halfway_keeps_nothing()
    {
        // The data directory sits below a regular file, so the document cannot be kept: the store fails after parsing
        // and building its new graph, before anything becomes visible.
        var blocker = Path.Combine(_api.DataDirectory, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "x");
        using var api = new ApiFactory().WithSetting("Auth:ApiKey", ApiKey).WithSetting("Graph:DataDirectory", Path.Combine(blocker, "profiles"));
        var text = SeedText().Replace("ASEAN Cyber Norms Workshop", "Changed", StringComparison.Ordinal);

        var result = await api.PostGraphQLAsync(ImportMutation, new { text }, bearerToken: ApiKey);

        Assert.Equal(["PERSISTENCE_FAILED"], result.ErrorCodes);
        Assert.Contains("unchanged", result.ErrorMessages.Single()!, StringComparison.Ordinal);
        Assert.DoesNotContain(blocker, result.ErrorMessages.Single()!, StringComparison.Ordinal);
        var after = await api.PostGraphQLAsync("""{ entries { totalCount } changed: entries(where: { title: { eq: "Changed" } }) { totalCount } }""");
        Assert.Equal(27, after.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, after.Data.GetProperty("changed").GetProperty("totalCount").GetInt32());
    }

    internal const string ImportMutation = """
        mutation ($text: String!) { importProfile(text: $text) { profile { id name } entryCount warnings warningDetails { line message } } }
        """;

    internal static string SeedText() =>
        File.ReadAllText(Path.Combine(Contract.SchemaSnapshotTests.RepositoryRoot(), "src/AseanCyber.Graph/Data/profiles/asean-profile-2018.txt"));

    private async Task<int> CountAsync()
    {
        var result = await _api.PostGraphQLAsync("{ entries { totalCount } }");
        return result.Data.GetProperty("entries").GetProperty("totalCount").GetInt32();
    }

    private async Task<int> CountTitledAsync(string title)
    {
        var result = await _api.PostGraphQLAsync("query ($t: String) { entries(where: { title: { eq: $t } }) { totalCount } }", new { t = title });
        return result.Data.GetProperty("entries").GetProperty("totalCount").GetInt32();
    }

    internal const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
