using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Api.Tests.Neo4j;
using AseanCyber.Graph.Neo4j;

namespace AseanCyber.Api.Tests.Queries;

/// <summary>
/// Profile.country and Country.profile through the whole API, on the embedded graph and on the stand-in Neo4j: a state
/// page (PDF layout) imported beside the bundled ASEAN profile reaches its country in one hop; ASEAN has none.
/// </summary>
public sealed class StateProfileTests : IDisposable
{
    private const string ApiKey = "test-key-0123456789";

    private const string ThailandPage = """
        Thailand
        Last Updated: June 2019
        CYBERSECURITY POLICY
        STRATEGY DOCUMENTS
        National Cybersecurity Strategy 2017-2021
        National Cyber Security Committee
        Sets the direction for protecting critical information infrastructure.
        Source
        2017
        COOPERATION
        MEETINGS
        Thailand-Japan Cybersecurity Policy Dialogue (Tokyo)
        Exchanged views on cybersecurity policy and incident response.
        October 2018
        """;

    private const string Query = """
        {
          thailand: node(id: "profile:thailand") { ... on Profile { country { code name profile { id } } } }
          asean: node(id: "profile:asean") { ... on Profile { country { code } } }
          countries(where: { code: { in: ["TH", "JP", "VN"] } }) { code profile { id country { code } } }
          oneHop: connections(from: "profile:thailand", to: "country:TH", maxHops: 1) { steps { from { id } relationship to { id } forward } }
          statesOf: profiles(where: { country: { code: { eq: "TH" } } }) { id }
        }
        """;

    private readonly ApiHosts _hosts = new();

    public void Dispose() => _hosts.Dispose();

    [Fact]
    public async Task Embedded_state_profile_and_country_point_at_each_other()
    {
        var api = Api();
        await ImportThailandAsync(api);

        AssertAnswer(await api.PostGraphQLAsync(Query));
    }

    [Fact]
    public async Task Neo4j_state_profile_and_country_point_at_each_other_in_one_request_per_level()
    {
        var api = Api().WithStandInNeo4j(_hosts.Neo4j);
        await api.WaitUntilReadyAsync(_hosts.Neo4j);
        await ImportThailandAsync(api);

        var before = _hosts.Neo4j.Handler.Requests.Count;
        var result = await api.PostGraphQLAsync("""{ countries { code profile { id country { code } } } }""");

        Assert.True(result.Errors.Count == 0, result.ToString());
        Assert.Equal([CypherFiles.GetCountries, CypherFiles.GetProfiles], _hosts.Neo4j.Statements.Skip(before));
        var countries = result.Data.GetProperty("countries").EnumerateArray().ToArray();
        Assert.True(countries.Length > 10, result.ToString());
        Assert.Equal(
            [("TH", "profile:thailand")],
            countries.Where(c => c.GetProperty("profile").ValueKind != JsonValueKind.Null)
                .Select(c => (c.GetProperty("code").GetString(), c.GetProperty("profile").GetProperty("id").GetString())));
        AssertAnswer(await api.PostGraphQLAsync(Query));
    }

    private static void AssertAnswer(GraphQLHttpResult result)
    {
        Assert.True(result.Errors.Count == 0, result.ToString());
        var data = result.Data;

        var thailand = data.GetProperty("thailand").GetProperty("country");
        Assert.Equal(("TH", "Thailand"), (thailand.GetProperty("code").GetString(), thailand.GetProperty("name").GetString()));
        Assert.Equal("profile:thailand", thailand.GetProperty("profile").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("asean").GetProperty("country").ValueKind);

        // Japan is a partner of both profiles and a member of neither; Viet Nam a member of ASEAN: neither has a profile of its own.
        var countries = data.GetProperty("countries").EnumerateArray()
            .ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("profile"));
        Assert.Equal(["JP", "TH", "VN"], countries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("profile:thailand", countries["TH"].GetProperty("id").GetString());
        Assert.Equal("TH", countries["TH"].GetProperty("country").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, countries["JP"].ValueKind);
        Assert.Equal(JsonValueKind.Null, countries["VN"].ValueKind);

        var step = Assert.Single(Assert.Single(data.GetProperty("oneHop").EnumerateArray()).GetProperty("steps").EnumerateArray());
        Assert.Equal(
            ("profile:thailand", "OF_COUNTRY", "country:TH", true),
            (step.GetProperty("from").GetProperty("id").GetString(), step.GetProperty("relationship").GetString(),
                step.GetProperty("to").GetProperty("id").GetString(), step.GetProperty("forward").GetBoolean()));

        Assert.Equal(["profile:thailand"], data.GetProperty("statesOf").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    private static async Task ImportThailandAsync(ApiFactory api)
    {
        var import = await api.PostGraphQLAsync(
            "mutation ($text: String!) { importProfile(text: $text) { profile { id country { code } } } }",
            new { text = ThailandPage },
            bearerToken: ApiKey);
        Assert.True(import.Errors.Count == 0, import.ToString());
        var profile = import.Data.GetProperty("importProfile").GetProperty("profile");
        Assert.Equal(("profile:thailand", "TH"), (profile.GetProperty("id").GetString(), profile.GetProperty("country").GetProperty("code").GetString()));
    }

    private ApiFactory Api()
    {
        var api = new ApiFactory().WithSetting("Auth:ApiKey", ApiKey);
        _hosts.Add(api);
        return api;
    }
}
