using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace AseanCyber.Api.Tests.Http;

/// <summary>
/// Issue 9's reproducers against the app's own schema: each gets a 4xx with its code, in bounded time (before the limits:
/// minutes for the fan-out, 30 s for the long line, 18 s for the directives), and the graph is unchanged afterwards.
/// The endpoint's limits are tested one by one in AseanCyber.GraphQL.Http.Tests.
/// </summary>
public sealed class HostileInputTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    public static TheoryData<string, string, string> Reproducers() => new()
    {
        { "fragment fan-out", Json(FanOut("{ entries(first: 1) { nodes { ...L0 } } }", "Entry", "id", "title")), "MAX_SELECTIONS_EXCEEDED" },
        { "fragment fan-out on __typename", Json(FanOut("{ ...L0 }", "Query", "__typename", "__typename")), "MAX_SELECTIONS_EXCEEDED" },
        { "syntax error after a long line", Json("{ __typename" + new string(' ', 200_000) + "! }"), "MAX_DOCUMENT_LENGTH_EXCEEDED" },
        { "20,000 directives", Json("{ __typename" + string.Concat(Enumerable.Repeat(" @skip(if: false)", 20_000)) + " }"), "MAX_DOCUMENT_LENGTH_EXCEEDED" },
        { "101 directives", Json("{ __typename" + string.Concat(Enumerable.Repeat(" @skip(if: false)", 101)) + " }"), "MAX_DIRECTIVES_EXCEEDED" },
        { "chain of 2,000 fragments", Json(Chain(2000)), "MAX_TOKENS_EXCEEDED" },
        { "nested lists", Json("{ entries(where: { title: { in: " + new string('[', 300) + new string(']', 300) + " } }) { totalCount } }"), "MAX_PARSER_DEPTH_EXCEEDED" },
        { "nested and", Json("{ entries(where: " + string.Concat(Enumerable.Repeat("{ and: ", 300)) + "{}" + string.Concat(Enumerable.Repeat(" }", 300)) + ") { totalCount } }"), "MAX_PARSER_DEPTH_EXCEEDED" },
        { "lone surrogate in variables", "{\"query\": \"{ __typename }\", \"variables\": {\"x\": \"\\ud800\"}}", "INVALID_JSON" },
        { "lone surrogate in the query", "{\"query\": \"{ __typename } #\\ud800\"}", "INVALID_JSON" },
        { "JSON nested 300 levels", "{\"query\": \"{ __typename }\", \"variables\": {\"x\": " + new string('[', 300) + new string(']', 300) + "}}", "MAX_JSON_DEPTH_EXCEEDED" },
        { "two query keys", "{\"query\": \"{ __typename }\", \"query\": \"{ entries { totalCount } }\"}", "DUPLICATE_JSON_KEY" },
    };

    [Theory]
    [MemberData(nameof(Reproducers))]
    public async Task Each_reproducer_is_refused_quickly_with_its_code_and_leaves_the_graph_unchanged(string name, string body, string code)
    {
        var before = await CountAsync();

        var (result, elapsed) = await TimedPostRawAsync(api, body);

        Assert.True(result.StatusCode == HttpStatusCode.BadRequest, $"{name}: {result}");
        Assert.Equal(code, Assert.Single(result.ErrorCodes));
        Assert.DoesNotContain("   at ", result.Text, StringComparison.Ordinal);
        Assert.InRange(elapsed, TimeSpan.Zero, Bound);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_syntax_error_after_a_long_line_is_answered_quickly_when_the_length_limit_allows_it()
    {
        using var large = new ApiFactory().WithSetting("GraphQL:MaxDocumentLength", "1000000");
        await CountAsync(large);

        var (result, elapsed) = await TimedPostRawAsync(large, Json("{ __typename" + new string(' ', 200_000) + "! }"));

        Assert.Equal("SYNTAX_ERROR", Assert.Single(result.ErrorCodes));
        Assert.InRange(elapsed, TimeSpan.Zero, Bound);
    }

    [Fact]
    public async Task The_standard_introspection_query_passes_every_limit()
    {
        var result = await api.PostGraphQLAsync(Queries.BadInputTests.IntrospectionQuery);

        Assert.True(result.Errors.Count == 0, result.ToString());
    }

    [Fact]
    public async Task A_refused_request_is_logged_once_without_its_body()
    {
        var log = new CapturingSink();
        using var logged = new ApiFactory()
            .WithSetting("Serilog:MinimumLevel:Default", "Information")
            .WithServices(s => s.AddSingleton<ILogEventSink>(log));
        const string marker = "needle-0123456789";

        foreach (var (_, body, _) in Reproducers().Select(r => ((string)r[0], (string)r[1], (string)r[2])))
        {
            await PostRawAsync(logged, body.Replace("__typename }", "__typename } #" + marker, StringComparison.Ordinal));
        }

        var events = log.Events;
        var requests = events.Where(e => e.Properties.ContainsKey("Elapsed")).ToList();
        Assert.Equal(Reproducers().Count, requests.Count);
        // Below warning, unless the request was slow (a loaded machine): then a warning, as for any slow request.
        Assert.All(requests, e => Assert.True(e.Level < LogEventLevel.Warning || (RequestLog.IsSlow(e) && e.Level == LogEventLevel.Warning), e.RenderMessage(CultureInfo.InvariantCulture)));
        Assert.All(events, e => Assert.Null(e.Exception));
        Assert.DoesNotContain(events, e => e.Properties.Values.Any(v => v.ToString().Contains(marker, StringComparison.Ordinal)));
        Assert.Contains(events, e => e.Properties.TryGetValue("GraphQLErrorCode", out var c) && c.ToString() == "\"DUPLICATE_JSON_KEY\"");
    }

    [Fact]
    public async Task Answers_say_nosniff_and_do_not_name_the_server()
    {
        using var kestrel = new ApiFactory();
        using var client = new HttpClient { BaseAddress = kestrel.StartKestrel() };

        using var content = new StringContent("{\"query\": \"{ __typename }\"}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("graphql", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Select(h => h.Key)));
    }

    /// <summary>
    /// Posts <paramref name="body"/> and times it; a time over <see cref="Bound"/> is measured again, three times at most, and
    /// the fastest is returned. A pause of the machine (other test processes, a collection) slows one attempt; the work the
    /// limits prevent slows every attempt, so a missing limit still fails the bound. The caller checks the answer of the
    /// fastest attempt.
    /// </summary>
    private static async Task<(GraphQLHttpResult Result, TimeSpan Elapsed)> TimedPostRawAsync(ApiFactory target, string body)
    {
        var fastest = (Result: (GraphQLHttpResult?)null, Elapsed: TimeSpan.MaxValue);
        for (var attempt = 0; attempt < 3 && fastest.Elapsed > Bound; attempt++)
        {
            var stopwatch = Stopwatch.StartNew();
            var result = await PostRawAsync(target, body);
            var elapsed = stopwatch.Elapsed;
            fastest = elapsed < fastest.Elapsed ? (result, elapsed) : fastest;
        }

        return (fastest.Result!, fastest.Elapsed);
    }

    private static async Task<GraphQLHttpResult> PostRawAsync(ApiFactory target, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", ApiFactory.GraphQLResponseJson);
        return await target.SendAsync(request);
    }

    private Task<int> CountAsync() => CountAsync(api);

    private static async Task<int> CountAsync(ApiFactory target)
    {
        var result = await target.PostGraphQLAsync("{ entries { totalCount } }");
        return result.Data.GetProperty("entries").GetProperty("totalCount").GetInt32();
    }

    private static string Json(string query) => JsonSerializer.Serialize(new { query });

    private static string FanOut(string root, string type, string a, string b)
    {
        var query = new StringBuilder(root);
        for (var i = 0; i < 30; i++)
        {
            query.Append(CultureInfo.InvariantCulture, $" fragment L{i} on {type} {{ a: {a} ...L{i + 1} b: {b} ...L{i + 1} }}");
        }

        return query.Append(CultureInfo.InvariantCulture, $" fragment L30 on {type} {{ {a} }}").ToString();
    }

    private static string Chain(int length)
    {
        var query = new StringBuilder("{ entries(first: 1) { nodes { ...F0 } } }");
        for (var i = 0; i < length; i++)
        {
            query.Append(CultureInfo.InvariantCulture, $" fragment F{i} on Entry {{ id ...F{i + 1} }}");
        }

        return query.Append(CultureInfo.InvariantCulture, $" fragment F{length} on Entry {{ id }}").ToString();
    }
}
