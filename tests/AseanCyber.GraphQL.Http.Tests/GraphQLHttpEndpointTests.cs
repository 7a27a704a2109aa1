using System.Net;
using System.Text;
using AseanCyber.GraphQL.Http.Tests.Infrastructure;

namespace AseanCyber.GraphQL.Http.Tests;

/// <summary>The GraphQL-over-HTTP protocol at /graphql.</summary>
public sealed class GraphQLHttpEndpointTests(TestEndpoint api) : IClassFixture<TestEndpoint>
{
    private const string Json = "application/json";
    private const string GraphQLResponse = TestEndpoint.GraphQLResponseJson;

    [Fact]
    public async Task Post_accepting_graphql_response_json_answers_in_it()
    {
        var result = await api.PostGraphQLAsync("{ __typename }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", result.ContentType);
        Assert.Equal("Query", result.Data.GetProperty("__typename").GetString());
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task Post_accepting_json_answers_in_json()
    {
        var result = await api.PostGraphQLAsync("{ __typename }", accept: Json);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("application/json; charset=utf-8", result.ContentType);
        Assert.Equal("Query", result.Data.GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponse)]
    [InlineData("text/html, */*;q=0.8", Json)]
    public async Task Response_media_type_follows_the_accept_header(string? accept, string expected)
    {
        var result = await api.PostGraphQLAsync("{ __typename }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal(expected, result.MediaType);
    }

    [Fact]
    public async Task Accept_without_a_supported_media_type_gets_406()
    {
        var result = await api.PostGraphQLAsync("{ __typename }", accept: "text/plain, application/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, result.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", Assert.Single(result.ErrorCodes));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task Post_that_is_not_utf8_json_gets_415_naming_the_expected_type(string? contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent("{\"query\":\"{ __typename }\"}"u8.ToArray()),
        };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var result = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, result.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", Assert.Single(result.ErrorCodes));
        Assert.Contains("application/json", result.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_runs_a_query()
    {
        var result = await GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }"), GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("Query", result.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Get_takes_variables_and_operation_name_as_json_in_the_query_string()
    {
        const string query = "query Other { __typename } query TypeName($name: String!) { __type(name: $name) { name } }";
        var url = "/graphql?query=" + Uri.EscapeDataString(query)
            + "&operationName=TypeName&variables=" + Uri.EscapeDataString("{\"name\":\"Query\"}");

        var result = await GetAsync(url, GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("Query", result.Data.GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_with_variables_that_are_not_a_json_object_gets_400()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("{ __typename }") + "&variables=" + Uri.EscapeDataString("[1]");

        var result = await GetAsync(url, Json);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Contains("variables", result.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mutation { __typename }", null)]
    [InlineData("query Q { __typename } mutation M { __typename }", "M")]
    public async Task Get_of_a_mutation_gets_405_allowing_post(string query, string? operationName)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query)
            + (operationName is null ? "" : "&operationName=" + operationName);

        var result = await GetAsync(url, GraphQLResponse);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, result.StatusCode);
        Assert.Equal("POST", result.ContentHeaders.Allow.Single());
        Assert.Equal("METHOD_NOT_ALLOWED", Assert.Single(result.ErrorCodes));
    }

    [Fact]
    public async Task Get_selecting_the_query_of_a_document_that_also_has_a_mutation_runs_it()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query Q { __typename } mutation M { __typename }") + "&operationName=Q";

        var result = await GetAsync(url, GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("Query", result.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Syntax_error_under_graphql_response_json_is_400_with_a_code_and_no_data_or_stack_trace()
    {
        var result = await api.PostGraphQLAsync("{ __typename", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.False(result.HasDataEntry);
        Assert.Equal("SYNTAX_ERROR", Assert.Single(result.ErrorCodes));
        Assert.DoesNotContain("Exception", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("stack", result.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Syntax_error_under_json_is_200()
    {
        var result = await api.PostGraphQLAsync("{ __typename", accept: Json);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("SYNTAX_ERROR", Assert.Single(result.ErrorCodes));
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Validation_error_status_depends_on_the_media_type(string accept, HttpStatusCode expected)
    {
        var result = await api.PostGraphQLAsync("{ thisFieldDoesNotExist }", accept: accept);

        Assert.Equal(expected, result.StatusCode);
        Assert.False(result.HasDataEntry);
        Assert.NotNull(Assert.Single(result.ErrorCodes));
    }

    [Fact]
    public async Task Messages_keep_apostrophes_readable_in_the_raw_json()
    {
        var result = await api.PostGraphQLAsync("{ thisFieldDoesNotExist }");

        Assert.Contains("'thisFieldDoesNotExist'", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task Malformed_json_body_gets_400_saying_so(string accept)
    {
        var result = await PostRawAsync("{ \"query\": ", accept);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal("INVALID_JSON", Assert.Single(result.ErrorCodes));
        Assert.Contains("not valid JSON", result.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"qeury\": \"{ __typename }\"}", "QUERY_MISSING")]
    [InlineData("{\"query\": null}", "QUERY_MISSING")]
    [InlineData("", "INVALID_JSON")]
    [InlineData("{\"query\": 7}", "INVALID_REQUEST")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": \"{}\"}", "INVALID_REQUEST")]
    [InlineData("{\"query\": \"{ __typename }\", \"extensions\": [1]}", "INVALID_REQUEST")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": false}", "INVALID_REQUEST")]
    [InlineData("[{\"query\": \"{ __typename }\"}]", "INVALID_REQUEST")]
    public async Task Request_that_is_not_well_formed_gets_400_with_a_code(string body, string code)
    {
        var result = await PostRawAsync(body, Json);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(code, Assert.Single(result.ErrorCodes));
    }

    [Fact]
    public async Task Get_without_a_query_from_an_api_client_gets_400()
    {
        var result = await GetAsync("/graphql", Json);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal("QUERY_MISSING", Assert.Single(result.ErrorCodes));
    }

    [Fact]
    public async Task Null_variables_operation_name_and_extensions_are_allowed()
    {
        var result = await PostRawAsync("{\"query\": \"{ __typename }\", \"variables\": null, \"operationName\": null, \"extensions\": null}", GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task Body_over_one_mebibyte_gets_413_naming_the_limit()
    {
        var result = await PostRawAsync(BigQueryBody(3 * 1024 * 1024), GraphQLResponse);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", Assert.Single(result.ErrorCodes));
        Assert.Contains("1048576 bytes", result.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_gets_413_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(BigQueryBody(3 * 1024 * 1024)))),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        request.Headers.TransferEncodingChunked = true;

        var result = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", Assert.Single(result.ErrorCodes));
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_gets_413_with_the_error_body_from_kestrel_too()
    {
        // Kestrel enforces its own body limit as bytes arrive; the in-memory test server has none.
        using var kestrel = new TestEndpoint().UseKestrel();
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(BigQueryBody(3 * 1024 * 1024)))),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        request.Headers.TransferEncodingChunked = true;

        var result = await kestrel.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", Assert.Single(result.ErrorCodes));
    }

    [Fact]
    public async Task Body_just_under_the_limit_is_read()
    {
        var result = await PostRawAsync(BigQueryBody((1024 * 1024) - 16), Json);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("Query", result.Data.GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_get_405_allowing_get_and_post(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql");

        var result = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, result.StatusCode);
        Assert.Equal(["GET", "POST"], result.ContentHeaders.Allow.Order(StringComparer.Ordinal));
    }

    /// <summary>A JSON body of about <paramref name="size"/> bytes whose query is <c>{ __typename }</c>, padded in its extensions.</summary>
    private static string BigQueryBody(int size)
    {
        const string prefix = "{\"query\": \"{ __typename }\", \"extensions\": {\"padding\": \"";
        const string suffix = "\"}}";
        return prefix + new string('x', size - prefix.Length - suffix.Length) + suffix;
    }

    private async Task<GraphQLHttpResult> GetAsync(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await api.SendAsync(request);
    }

    private async Task<GraphQLHttpResult> PostRawAsync(string body, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await api.SendAsync(request);
    }

    /// <summary>Hides its length so the client must send the body chunked.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
