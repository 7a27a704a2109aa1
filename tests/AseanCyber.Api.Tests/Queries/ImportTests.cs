using AseanCyber.Api.Tests.Infrastructure;

namespace AseanCyber.Api.Tests.Queries;

public sealed class ImportTests : IDisposable
{
    private const string ApiKey = "test-key-0123456789";
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("aseancyber-import-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    [Fact]
    public async Task Imported_profile_replaces_the_bundled_one_and_survives_a_restart()
    {
        var text = BadInputTests.SeedText()
            .Replace("ASEAN Cyber Norms Workshop", "ASEAN Cyber Norms Workshop (Jakarta)", StringComparison.Ordinal);

        using (var api = Api())
        {
            var result = await api.PostGraphQLAsync(BadInputTests.ImportMutation, new { text }, bearerToken: ApiKey);
            Assert.True(result.Errors.Count == 0, result.ToString());
            var payload = result.Data.GetProperty("importProfile");
            Assert.Equal("profile:asean", payload.GetProperty("profile").GetProperty("id").GetString());
            Assert.Equal(27, payload.GetProperty("entryCount").GetInt32());
            Assert.True(File.Exists(Path.Combine(_dataDirectory, "asean.txt")));
        }

        using (var restarted = Api())
        {
            var result = await restarted.PostGraphQLAsync("""
                { entries { totalCount }
                  norms: entries(where: { title: { eq: "ASEAN Cyber Norms Workshop" } }) { nodes { places { name country { code } } source { document } } } }
                """);
            Assert.True(result.Errors.Count == 0, result.ToString());
            Assert.Equal(27, result.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
            var norms = Assert.Single(result.Data.GetProperty("norms").GetProperty("nodes").EnumerateArray());
            var place = Assert.Single(norms.GetProperty("places").EnumerateArray());
            Assert.Equal("Jakarta", place.GetProperty("name").GetString());
            Assert.Equal("ID", place.GetProperty("country").GetProperty("code").GetString());
            Assert.Equal("asean.txt", norms.GetProperty("source").GetProperty("document").GetString());
        }
    }

    [Fact]
    public async Task Import_of_a_second_profile_adds_it_beside_the_first()
    {
        const string text = """
            Testland Cyber Profile (TCP)
            Last Updated: March 2020
            Cooperation
            Meetings
            Testland-Japan Cyber Dialogue (Tokyo)
            Ministry of Foreign Affairs; National Police Agency
            Discussed cybercrime cooperation and information sharing.
            4 March 2020
            """;
        using var api = Api();

        var result = await api.PostGraphQLAsync(BadInputTests.ImportMutation, new { text, }, bearerToken: ApiKey);
        Assert.True(result.Errors.Count == 0, result.ToString());

        var after = await api.PostGraphQLAsync("""
            { profiles { id } country(code: "JP") { entries(where: { kind: { eq: MEETING } }) { totalCount } } entries { totalCount } }
            """);
        Assert.Equal(["profile:tcp", "profile:asean"], after.Data.GetProperty("profiles").EnumerateArray().Select(p => p.GetProperty("id").GetString()).Order().Reverse());
        Assert.Equal(3, after.Data.GetProperty("country").GetProperty("entries").GetProperty("totalCount").GetInt32());
        Assert.Equal(28, after.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_document_name_is_no_name_and_the_page_is_cited_as_its_file(string blank)
    {
        // A form's empty field arrives as "": it was an INTERNAL_SERVER_ERROR from the importer's argument check.
        const string text = """
            Testland Cyber Profile (TCP)
            Last Updated: March 2020
            Cooperation
            Meetings
            Testland-Japan Cyber Dialogue (Tokyo)
            4 March 2020
            """;
        using var api = Api();

        var one = await api.PostGraphQLAsync(
            "mutation ($text: String!, $name: String) { importProfile(text: $text, documentName: $name) { profile { id document } entryCount } }",
            new { text, name = blank }, bearerToken: ApiKey);
        var many = await api.PostGraphQLAsync(
            "mutation ($texts: [ProfileTextInput!]!) { importProfiles(texts: $texts) { kept name error { code } } }",
            new { texts = new[] { new { text, name = blank } } }, bearerToken: ApiKey);

        Assert.True(one.Errors.Count == 0, one.ToString());
        Assert.Equal("tcp.txt", one.Data.GetProperty("importProfile").GetProperty("profile").GetProperty("document").GetString());
        Assert.True(many.Errors.Count == 0, many.ToString());
        var page = Assert.Single(many.Data.GetProperty("importProfiles").EnumerateArray());
        Assert.True(page.GetProperty("kept").GetBoolean(), many.ToString());
        Assert.Equal("tcp.txt", page.GetProperty("name").GetString());
    }

    private ApiFactory Api() => new ApiFactory().WithSetting("Auth:ApiKey", ApiKey).WithSetting("Graph:DataDirectory", _dataDirectory);
}
