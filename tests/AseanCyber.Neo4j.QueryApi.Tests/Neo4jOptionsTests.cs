using AseanCyber.Neo4j.QueryApi.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AseanCyber.Neo4j.QueryApi.Tests;

public sealed class Neo4jOptionsTests
{
    [Fact]
    public void Usable_settings_have_no_problems()
    {
        Assert.Empty(FakeQueryApiHandler.Options().Validate());
        Assert.Empty(new Neo4jOptions { Uri = new Uri("https://abc123.databases.neo4j.io") }.Validate());
        Assert.Empty(new Neo4jOptions { Uri = new Uri("http://localhost:7474/"), Token = "t" }.Validate());
    }

    [Theory]
    [InlineData(null, "Neo4j:Uri is missing")]
    [InlineData("bolt://localhost:7687", "must use http or https")]
    [InlineData("neo4j+s://abc.databases.neo4j.io", "must use http or https")]
    [InlineData("http://localhost:7474/db/neo4j", "without a path")]
    [InlineData("http://localhost:7474/?x=1", "without a path or query")]
    public void The_uri_must_be_an_http_root(string? uri, string problem)
    {
        var options = FakeQueryApiHandler.Options(o => o.Uri = uri is null ? null : new Uri(uri));

        Assert.Contains(options.Validate(), p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Credentials_in_the_uri_are_refused_without_repeating_them()
    {
        var options = FakeQueryApiHandler.Options(o => o.Uri = new Uri("http://neo4j:hunter2@localhost:7474"));

        var problem = Assert.Single(options.Validate());

        Assert.Contains("must not carry credentials", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("neo4j", null, null, "Neo4j:User is set without Neo4j:Password")]
    [InlineData(null, "pw", null, "Neo4j:Password is set without Neo4j:User")]
    [InlineData("neo4j", "pw", "token", "Neo4j:Token and Neo4j:User/Neo4j:Password are both set")]
    [InlineData("ne:o4j", "pw", null, "Neo4j:User contains ':'")]
    public void Credentials_must_be_one_complete_kind(string? user, string? password, string? token, string problem)
    {
        var options = FakeQueryApiHandler.Options(o =>
        {
            o.User = user;
            o.Password = password;
            o.Token = token;
        });

        var problems = options.Validate();

        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("pw", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_settings_are_checked_and_every_problem_is_listed()
    {
        var options = new Neo4jOptions
        {
            Uri = new Uri("http://localhost:7474"),
            Database = " ",
            RequestTimeout = TimeSpan.Zero,
            MaxRetries = -1,
            RetryBaseDelay = TimeSpan.FromSeconds(10),
        };

        var problems = options.Validate();

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Neo4j:Database", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Neo4j:RequestTimeout", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Neo4j:MaxRetries", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Neo4j:RetryBaseDelay", StringComparison.Ordinal));
    }

    [Fact]
    public void The_client_refuses_unusable_settings_listing_the_problems()
    {
        using var handler = new FakeQueryApiHandler(_ => throw new InvalidOperationException("no request expected"));
        using var http = new HttpClient(handler, disposeHandler: false);

        var error = Assert.Throws<ArgumentException>(() => new QueryApiClient(
            http, new Neo4jOptions { User = "neo4j" }, NullLogger<QueryApiClient>.Instance));

        Assert.Contains("Neo4j:Uri is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j:User is set without Neo4j:Password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_di_helper_binds_the_neo4j_section_and_registers_one_client()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Neo4j:Uri"] = "http://neo4j.test:7474",
                ["Neo4j:Database"] = "asean",
                ["Neo4j:User"] = "neo4j",
                ["Neo4j:Password"] = "pw",
                ["Neo4j:RetryBaseDelay"] = "00:00:00.001",
            })
            .Build();
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Typed(["n"], [[1L]]));
        var services = new ServiceCollection().AddLogging();
        services.AddNeo4jQueryApiClient(configuration);
        services.AddHttpClient(QueryApiServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<QueryApiClient>();
        await client.RunAsync("RETURN 1 AS n", new Dictionary<string, object?>(), AccessMode.Read, CancellationToken.None);

        Assert.Same(client, provider.GetRequiredService<QueryApiClient>());
        Assert.Equal("http://neo4j.test:7474/db/asean/query/v2", Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public void The_di_helper_fails_resolution_on_missing_settings()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddNeo4jQueryApiClient(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<QueryApiClient>());

        Assert.Contains("Neo4j:Uri is missing", error.Message, StringComparison.Ordinal);
    }
}
