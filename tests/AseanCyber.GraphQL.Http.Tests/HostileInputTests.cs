using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AseanCyber.GraphQL.Http.Tests.Infrastructure;

namespace AseanCyber.GraphQL.Http.Tests;

/// <summary>
/// The reproducers of issue 9 and their neighbours: each is refused (or answered) with its own code, and in bounded time.
/// Before these limits the fan-out took minutes, the long line 30 s and the directives 18 s; the bound asserted here
/// is generous (a loaded two-core machine must not fail it), and the endpoint is warmed up first so it measures the
/// request, not the schema's initialisation.
/// </summary>
public sealed class HostileInputTests(TestEndpoint endpoint) : IClassFixture<TestEndpoint>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    // Documents at a limit pass it and are validated and run, which in a Release build takes 0.1-0.2 s on a busy
    // two-core machine; the Debug build during a full parallel test run took up to 5 s. Without the limits the same
    // shapes take minutes, so this bound still tells the two apart.
    private static readonly TimeSpan AtLimitBound = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Fragments_that_each_spread_the_next_twice_are_refused_before_validation(bool typenameOnly)
    {
        var (result, elapsed) = await TimedPostAsync(endpoint, FanOut(30, typenameOnly), Bound);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal("MAX_SELECTIONS_EXCEEDED", Assert.Single(result.ErrorCodes));
        Assert.InRange(elapsed, TimeSpan.Zero, Bound);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_fan_out_within_the_selection_limit_is_validated_and_run_quickly(bool typenameOnly)
    {
        // 2^8 expansions, about 1,300 selections: within the default limit of 2,000, so every validation rule, the
        // complexity analysis and execution see it.
        var (result, elapsed) = await TimedPostAsync(endpoint, FanOut(8, typenameOnly), AtLimitBound);

        Assert.True(result.StatusCode == HttpStatusCode.OK, result.ToString());
        Assert.Empty(result.Errors);
        Assert.InRange(elapsed, TimeSpan.Zero, AtLimitBound);
    }

    [Fact]
    public async Task A_chain_of_fragments_up_to_the_limit_runs_and_one_more_is_refused()
    {
        var (atLimit, elapsed) = await TimedPostAsync(endpoint, Chain(199), AtLimitBound);
        Assert.True(atLimit.StatusCode == HttpStatusCode.OK, atLimit.ToString());
        Assert.InRange(elapsed, TimeSpan.Zero, AtLimitBound);

        var overLimit = await endpoint.PostGraphQLAsync(Chain(200));
        Assert.Equal(HttpStatusCode.BadRequest, overLimit.StatusCode);
        Assert.Equal("MAX_FRAGMENTS_EXCEEDED", Assert.Single(overLimit.ErrorCodes));
    }

    [Fact]
    public async Task A_chain_of_2000_fragments_is_refused_for_its_tokens()
    {
        var (result, elapsed) = await TimedPostAsync(endpoint, Chain(2000), Bound);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal("MAX_TOKENS_EXCEEDED", Assert.Single(result.ErrorCodes));
        Assert.InRange(elapsed, TimeSpan.Zero, Bound);
    }

    [Fact]
    public async Task A_document_longer_than_the_limit_is_refused_unread()
    {
        var (result, elapsed) = await TimedPostAsync(endpoint, "{ hello" + new string(' ', 200_000) + "! }", Bound);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal("MAX_DOCUMENT_LENGTH_EXCEEDED", Assert.Single(result.ErrorCodes));
        Assert.InRange(elapsed, TimeSpan.Zero, Bound);
    }

    [Theory]
    [InlineData("{ hello", "! }", 1, 200_008)]
    [InlineData("{ hello", "", 1, 200_008)]
    [InlineData("{ echo(text: \"", "\")! }", 1, 200_017)]
    [InlineData("{\n  hello", "\n  hello }}", 3, 10)]
    [InlineData("{\n  hello", " \\q }", 2, 200_009)]
    public async Task A_syntax_error_at_the_end_of_a_long_line_costs_time_linear_in_the_line(string before, string after, int line, int column)
    {
        await using var large = new TestEndpoint().WithSetting("GraphQL:MaxDocumentLength", "1000000");
        await WarmUpAsync(large);
        var padding = before.EndsWith('"') ? new string('x', 200_000) : new string(' ', 200_000);

        var (result, elapsed) = await TimedPostAsync(large, before + padding + after, Bound);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal("SYNTAX_ERROR", Assert.Single(result.ErrorCodes));
        var location = result.Errors[0].GetProperty("locations")[0];
        Assert.Equal((line, column), (location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32()));
        Assert.InRange(elapsed, TimeSpan.Zero, Bound);
    }

    [Fact]
    public async Task A_long_line_that_parses_is_answered()
    {
        await using var large = new TestEndpoint().WithSetting("GraphQL:MaxDocumentLength", "1000000");

        var result = await large.PostGraphQLAsync("{ hello" + new string(' ', 200_000) + "echo(text: \"" + new string('x', 100_000) + "\") }");

        Assert.True(result.StatusCode == HttpStatusCode.OK, result.ToString());
        Assert.Equal(100_000, result.Data.GetProperty("echo").GetString()!.Length);
    }

    [Theory]
    [InlineData("{ hello", 101, "MAX_DIRECTIVES_EXCEEDED")]
    [InlineData("{ hello", 20_000, "MAX_DOCUMENT_LENGTH_EXCEEDED")]
    public async Task Repeated_directives_are_refused_before_validation(string start, int count, string code)
    {
        var query = start + string.Concat(Enumerable.Repeat(" @skip(if: false)", count)) + " }";

        var (result, elapsed) = await TimedPostAsync(endpoint, query, Bound);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(code, Assert.Single(result.ErrorCodes));
        Assert.InRange(elapsed, TimeSpan.Zero, Bound);
    }

    [Fact]
    public async Task Twenty_thousand_directives_within_a_raised_length_limit_are_refused_for_their_number()
    {
        await using var large = new TestEndpoint().WithSetting("GraphQL:MaxDocumentLength", "1000000");
        await WarmUpAsync(large);

        var (result, elapsed) = await TimedPostAsync(large, "{ hello" + string.Concat(Enumerable.Repeat(" @skip(if: false)", 20_000)) + " }", Bound);

        Assert.Equal("MAX_DIRECTIVES_EXCEEDED", Assert.Single(result.ErrorCodes));
        Assert.InRange(elapsed, TimeSpan.Zero, Bound);
    }

    [Fact]
    public async Task Fields_of_one_name_up_to_the_selection_limit_are_validated_quickly()
    {
        // Validation compares every two fields of the same name in a selection set (OverlappingFieldsCanBeMerged), so this
        // costs the square of the count: 0.1-0.2 s at the limit in a Release build on a busy two-core machine, 0.4-0.6 s at 4,900.
        var (result, elapsed) = await TimedPostAsync(endpoint, "{" + string.Concat(Enumerable.Repeat(" hello", 1_999)) + " }", AtLimitBound);

        Assert.True(result.StatusCode == HttpStatusCode.OK, result.ToString());
        Assert.InRange(elapsed, TimeSpan.Zero, AtLimitBound);
    }

    [Fact]
    public async Task A_document_with_more_tokens_than_the_limit_is_refused()
    {
        var (result, elapsed) = await TimedPostAsync(endpoint, "{" + string.Concat(Enumerable.Repeat(" a", 10_000)) + " }", Bound);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal("MAX_TOKENS_EXCEEDED", Assert.Single(result.ErrorCodes));
        Assert.InRange(elapsed, TimeSpan.Zero, Bound);
    }

    [Fact]
    public async Task A_response_carries_at_most_the_configured_number_of_errors()
    {
        var query = "{" + string.Concat(Enumerable.Range(0, 300).Select(i => $" f{i}")) + " }";

        var result = await endpoint.PostGraphQLAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(101, result.Errors.Count);
        Assert.Equal("MAX_ERRORS_EXCEEDED", result.ErrorCodes[^1]);
        Assert.Contains("200 more errors", result.ErrorMessages[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ echo(text: " + "[[[[[[[[[[" + "[[[[[[[[[[" + "[[[[[[[[[[" + "[[[[[[[[[[" + "[[[[[[[[[[" + "[[[[[[[[[[" + "[[[[[[[[[[" + "[[[[[[[[[[" + "[[[[[[[[[[" + "[[[[[[[[[[" + "[[[[[[[[[[" + "[[[[[[[[[[" + "[[[[[[[[[[" + "[[[[[[[[[[" + "]) }")]
    [InlineData("{ a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a }")]
    public async Task Nesting_past_the_parsers_limit_is_400_with_a_code(string query)
    {
        var result = await endpoint.PostGraphQLAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal("MAX_PARSER_DEPTH_EXCEEDED", Assert.Single(result.ErrorCodes));
        Assert.DoesNotContain("Exception", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": {\"x\": \"\\ud800\"}}", "INVALID_JSON")]
    [InlineData("{\"query\": \"{ hello } #\\ud800\"}", "INVALID_JSON")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": {\"\\udc00\": 1}}", "INVALID_JSON")]
    [InlineData("{\"query\": \"{ hello }\", \"query\": \"{ boom }\"}", "DUPLICATE_JSON_KEY")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": {\"a\": {\"b\": 1, \"b\": 2}}}", "DUPLICATE_JSON_KEY")]
    public async Task Malformed_bodies_are_400_with_a_code_and_no_stack_trace(string body, string code)
    {
        var result = await endpoint.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(code, Assert.Single(result.ErrorCodes));
        Assert.DoesNotContain("   at ", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_with_invalid_utf8_is_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent([.. "{\"query\": \"{ hello } #"u8, 0xED, 0xA0, 0x80, .. "\"}"u8]),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        var result = await endpoint.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal("INVALID_JSON", Assert.Single(result.ErrorCodes));
    }

    [Theory]
    [InlineData(64, HttpStatusCode.OK, null)]
    [InlineData(65, HttpStatusCode.BadRequest, "MAX_JSON_DEPTH_EXCEEDED")]
    [InlineData(1000, HttpStatusCode.BadRequest, "MAX_JSON_DEPTH_EXCEEDED")]
    public async Task Json_nested_past_the_limit_is_400_with_a_code(int levels, HttpStatusCode status, string? code)
    {
        // The body object is one level, "variables" a second: the value starts at the third.
        var value = new string('[', levels - 2) + new string(']', levels - 2);
        var result = await endpoint.PostRawAsync("{\"query\": \"{ hello }\", \"variables\": {\"x\": " + value + "}}");

        Assert.Equal(status, result.StatusCode);
        Assert.Equal(code, result.ErrorCodes.SingleOrDefault());
    }

    [Theory]
    [InlineData("{\"x\": \"\\ud800\"}", "INVALID_JSON")]
    [InlineData("{\"x\": 1, \"x\": 2}", "DUPLICATE_JSON_KEY")]
    public async Task Malformed_get_variables_are_400_with_a_code(string variables, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ hello }") + "&variables=" + Uri.EscapeDataString(variables));

        var result = await endpoint.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(code, Assert.Single(result.ErrorCodes));
    }

    [Fact]
    public async Task Every_answer_says_nosniff()
    {
        var ok = await endpoint.PostGraphQLAsync("{ hello }");
        var refused = await endpoint.PostRawAsync("{");

        Assert.Equal("nosniff", ok.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
    }

    /// <summary>
    /// Posts <paramref name="query"/> after a warm-up and times it; a time over <paramref name="bound"/> is measured again,
    /// three times at most, and the fastest is returned. A pause of the machine (other test processes, a collection) slows
    /// one attempt; the work the limits prevent slows every attempt, so a missing limit still fails the bound. The caller
    /// checks the answer of the fastest attempt.
    /// </summary>
    private static async Task<(GraphQLHttpResult Result, TimeSpan Elapsed)> TimedPostAsync(TestEndpoint target, string query, TimeSpan bound)
    {
        await WarmUpAsync(target);
        var body = JsonSerializer.Serialize(new { query });
        var fastest = (Result: (GraphQLHttpResult?)null, Elapsed: TimeSpan.MaxValue);
        for (var attempt = 0; attempt < 3 && fastest.Elapsed > bound; attempt++)
        {
            var stopwatch = Stopwatch.StartNew();
            var result = await target.PostRawAsync(body);
            var elapsed = stopwatch.Elapsed;
            fastest = elapsed < fastest.Elapsed ? (result, elapsed) : fastest;
        }

        return (fastest.Result!, fastest.Elapsed);
    }

    private static async Task WarmUpAsync(TestEndpoint target)
    {
        var warm = await target.PostGraphQLAsync("query Warm { hello entries(first: 1) { nodes { ...F } } } fragment F on Entry { id }");
        Assert.True(warm.Errors.Count == 0, warm.ToString());
    }

    /// <summary>Issue 9's reproducer: fragment Li spreads L(i+1) twice, so the operation expands to 2^depth copies.</summary>
    private static string FanOut(int depth, bool typenameOnly)
    {
        var (root, type, a, b) = typenameOnly
            ? ("{ ...L0 }", "Query", "__typename", "__typename")
            : ("{ entries(first: 1) { nodes { ...L0 } } }", "Entry", "id", "title");
        var query = new StringBuilder(root);
        for (var i = 0; i < depth; i++)
        {
            query.Append(CultureInfo.InvariantCulture, $" fragment L{i} on {type} {{ a: {a} ...L{i + 1} b: {b} ...L{i + 1} }}");
        }

        return query.Append(CultureInfo.InvariantCulture, $" fragment L{depth} on {type} {{ {a} }}").ToString();
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
