using System.Net;
using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;

namespace AseanCyber.Api.Tests.Profiles;

/// <summary>importProfiles over HTTP: the API key, a result per page with partial failure, the cap and the body limit.</summary>
public sealed class ImportProfilesMutationTests
{
    private const string Key = "test-key-for-batches-0123456789";

    private const string Mutation = """
        mutation ($texts: [ProfileTextInput!]!) {
          importProfiles(texts: $texts) {
            index name kept profileId entryCount warnings warningDetails { line message }
            profile { id name document }
            error { code message line }
          }
        }
        """;

    [Theory]
    [InlineData("", Key, "AUTH_NOT_CONFIGURED")]
    [InlineData(Key, null, "AUTH_REQUIRED")]
    [InlineData(Key, "not-the-key", "AUTH_INVALID")]
    public async Task Without_the_key_nothing_is_imported(string configuredKey, string? token, string code)
    {
        using var api = new ApiFactory().WithSetting("Auth:ApiKey", configuredKey);

        var result = await api.PostGraphQLAsync(Mutation, new { texts = new[] { new { text = ProfilePages.Text(ProfilePages.Norway) } } }, bearerToken: token);

        Assert.Equal([code], result.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, result.Data.ValueKind);
        Assert.Equal(["profile:asean"], await ProfileIdsAsync(api));
        Assert.Empty(Directory.GetFiles(api.DataDirectory));
    }

    [Fact]
    public async Task Each_page_is_kept_or_reported_on_its_own()
    {
        using var api = Api();
        var texts = new object[]
        {
            new { text = ProfilePages.Text(ProfilePages.Norway), name = "norway-2019.txt" },
            new { text = ProfilePages.Text(ProfilePages.Truncated) },
            new { text = ProfilePages.Text(ProfilePages.Pif) },
        };

        var result = await api.PostGraphQLAsync(Mutation, new { texts }, bearerToken: Key);

        Assert.True(result.Errors.Count == 0, result.ToString());
        var pages = result.Data.GetProperty("importProfiles").EnumerateArray().ToArray();
        Assert.Equal([0, 1, 2], pages.Select(p => p.GetProperty("index").GetInt32()));

        var norway = pages[0];
        Assert.True(norway.GetProperty("kept").GetBoolean());
        Assert.Equal("norway-2019.txt", norway.GetProperty("name").GetString());
        Assert.Equal("profile:norway", norway.GetProperty("profileId").GetString());
        Assert.Equal(4, norway.GetProperty("entryCount").GetInt32());
        Assert.Equal("profile:norway", norway.GetProperty("profile").GetProperty("id").GetString());
        Assert.Equal("norway-2019.txt", norway.GetProperty("profile").GetProperty("document").GetString());
        Assert.Equal(JsonValueKind.Null, norway.GetProperty("error").ValueKind);

        var truncated = pages[1];
        Assert.False(truncated.GetProperty("kept").GetBoolean());
        Assert.Equal(JsonValueKind.Null, truncated.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, truncated.GetProperty("profileId").ValueKind);
        Assert.Equal(JsonValueKind.Null, truncated.GetProperty("profile").ValueKind);
        Assert.Equal(0, truncated.GetProperty("entryCount").GetInt32());
        Assert.Equal("IMPORT_REJECTED", truncated.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(2, truncated.GetProperty("error").GetProperty("line").GetInt32());
        Assert.Contains("'Last Updated: forthcoming'", truncated.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);

        var pif = pages[2];
        Assert.True(pif.GetProperty("kept").GetBoolean());
        Assert.Equal("pif.txt", pif.GetProperty("name").GetString());
        Assert.Equal(3, pif.GetProperty("entryCount").GetInt32());
        var warning = Assert.Single(pif.GetProperty("warningDetails").EnumerateArray());
        Assert.Equal(4, warning.GetProperty("line").GetInt32());
        Assert.Contains("'Micronezia'", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("line 4: ", Assert.Single(pif.GetProperty("warnings").EnumerateArray()).GetString(), StringComparison.Ordinal);

        Assert.Equal(["profile:asean", "profile:norway", "profile:pif"], await ProfileIdsAsync(api));
        var total = await api.PostGraphQLAsync("{ entries { totalCount } }");
        Assert.Equal(27 + 4 + 3, total.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_page_the_store_fails_to_keep_carries_the_store_code_and_one_store_call_takes_the_batch()
    {
        FailingPersistenceStore? store = null;
        using var api = Api().WithServices(s => DelegatingGraphStore.Decorate(s, inner => store = new FailingPersistenceStore(inner, "profile:sco")));
        var texts = new[] { ProfilePages.Norway, ProfilePages.Sco, ProfilePages.Pif }.Select(n => new { text = ProfilePages.Text(n) }).ToArray();

        var result = await api.PostGraphQLAsync(Mutation, new { texts }, bearerToken: Key);

        Assert.True(result.Errors.Count == 0, result.ToString());
        var pages = result.Data.GetProperty("importProfiles").EnumerateArray().ToArray();
        Assert.Equal([true, false, true], pages.Select(p => p.GetProperty("kept").GetBoolean()));
        Assert.Equal("profile:sco", pages[1].GetProperty("profileId").GetString());
        Assert.Equal(3, pages[1].GetProperty("entryCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, pages[1].GetProperty("profile").ValueKind);
        Assert.Equal("PERSISTENCE_FAILED", pages[1].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, pages[1].GetProperty("error").GetProperty("line").ValueKind);
        Assert.Equal([1, 3], store!.BatchSizes); // the start-up seed's batch (the bundled page), then the mutation's one call
        Assert.Equal(["profile:asean", "profile:norway", "profile:pif"], await ProfileIdsAsync(api));
    }

    [Fact]
    public async Task Two_texts_of_one_profile_are_both_refused_with_DUPLICATE_PROFILE()
    {
        using var api = Api();
        var sco = ProfilePages.Text(ProfilePages.Sco);
        var texts = new[] { sco, sco.Replace("Last Updated: December 2018", "Last Updated: June 2019", StringComparison.Ordinal), ProfilePages.Text(ProfilePages.Norway) }
            .Select(t => new { text = t })
            .ToArray();

        var result = await api.PostGraphQLAsync(Mutation, new { texts }, bearerToken: Key);

        var pages = result.Data.GetProperty("importProfiles").EnumerateArray().ToArray();
        Assert.Equal(["DUPLICATE_PROFILE", "DUPLICATE_PROFILE"], pages[..2].Select(p => p.GetProperty("error").GetProperty("code").GetString()));
        Assert.All(pages[..2], p => Assert.Equal("profile:sco", p.GetProperty("profileId").GetString()));
        Assert.True(pages[2].GetProperty("kept").GetBoolean());
        Assert.Equal(["profile:asean", "profile:norway"], await ProfileIdsAsync(api));
    }

    [Fact]
    public async Task More_texts_than_the_cap_are_refused_whole_with_IMPORT_BATCH_TOO_LARGE_and_the_cap_itself_passes()
    {
        using var api = Api().WithSetting("Import:MaxTextsPerCall", "2");
        var three = new[] { ProfilePages.Norway, ProfilePages.Pif, ProfilePages.Sco }.Select(n => new { text = ProfilePages.Text(n) }).ToArray();

        var refused = await api.PostGraphQLAsync(Mutation, new { texts = three }, bearerToken: Key);

        Assert.Equal(["IMPORT_BATCH_TOO_LARGE"], refused.ErrorCodes);
        Assert.Contains("at most 2 texts per call, not 3", refused.ErrorMessages.Single(), StringComparison.Ordinal);
        Assert.Equal(["profile:asean"], await ProfileIdsAsync(api));

        var two = await api.PostGraphQLAsync(Mutation, new { texts = three[..2] }, bearerToken: Key);
        Assert.True(two.Errors.Count == 0, two.ToString());
        Assert.Equal(2, two.Data.GetProperty("importProfiles").EnumerateArray().Count(p => p.GetProperty("kept").GetBoolean()));

        var none = await api.PostGraphQLAsync(Mutation, new { texts = Array.Empty<object>() }, bearerToken: Key);
        Assert.True(none.Errors.Count == 0, none.ToString());
        Assert.Equal(0, none.Data.GetProperty("importProfiles").GetArrayLength());
    }

    [Fact]
    public async Task A_batch_over_the_request_body_limit_is_413_and_imports_nothing()
    {
        using var api = Api().WithSetting("GraphQL:MaxRequestBodyBytes", "2000");
        var texts = new[] { ProfilePages.Norway, ProfilePages.Pif, ProfilePages.Sco }.Select(n => new { text = ProfilePages.Text(n) }).ToArray();

        var result = await api.PostGraphQLAsync(Mutation, new { texts }, bearerToken: Key);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.StatusCode);
        Assert.Equal(["REQUEST_TOO_LARGE"], result.ErrorCodes);
        Assert.Equal(["profile:asean"], await ProfileIdsAsync(api));
    }

    private static ApiFactory Api() => new ApiFactory().WithSetting("Auth:ApiKey", Key);

    private static async Task<List<string?>> ProfileIdsAsync(ApiFactory api)
    {
        var result = await api.PostGraphQLAsync("{ profiles { id } }");
        return [.. result.Data.GetProperty("profiles").EnumerateArray().Select(p => p.GetProperty("id").GetString()).Order(StringComparer.Ordinal)];
    }
}
