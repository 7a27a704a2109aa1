using AseanCyber.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Contract;

/// <summary>
/// schema.graphql at the repository root is the published contract: it must equal what the server prints.
/// After an intended schema change, regenerate it with UPDATE_SCHEMA=1 dotnet test --filter SchemaSnapshotTests.
/// On an <see cref="ApiFactory"/> (a fresh data folder) rather than a bare WebApplicationFactory, which would open whatever a
/// developer's src/AseanCyber.Api/App_Data/profiles holds.
/// </summary>
public sealed class SchemaSnapshotTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Schema_graphql_equals_the_printed_schema()
    {
        var printed = Print(factory.Services.GetRequiredService<ISchema>());
        var path = Path.Combine(RepositoryRoot(), "schema.graphql");

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run UPDATE_SCHEMA=1 dotnet test --filter SchemaSnapshotTests");
        Assert.Equal(printed, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Schema_keeps_the_contract_names()
    {
        // Without descriptions every field prints on one line, so the contract reads as in the issue.
        var sdl = factory.Services.GetRequiredService<ISchema>().Print(new PrintOptions { IncludeDescriptions = false });
        foreach (var expected in new[]
        {
            "interface Node", "node(id: ID!): Node", "nodes(ids: [ID!]!): [Node]!", "profiles(where: ProfileFilterInput, order: [ProfileSortInput!]): [Profile!]!",
            "entries(where: EntryFilterInput, order: [EntrySortInput!], first: Int, after: String, last: Int, before: String): EntriesConnection!",
            "countries(where: CountryFilterInput, order: [CountrySortInput!]): [Country!]!", "country(code: String!): Country",
            "bodies(where: BodyFilterInput, order: [BodySortInput!]): [Body!]!", "themes(where: ThemeFilterInput, order: [ThemeSortInput!]): [Theme!]!",
            "connections(from: ID!, to: ID!, maxHops: Int = 4, first: Int = 10, via: [LinkKind!]): [Path!]!", "enum LinkKind",
            "importProfile(text: String!", "type ImportProfilePayload",
            "importProfiles(texts: [ProfileTextInput!]!): [ImportPageResult!]!", "input ProfileTextInput", "type ImportPageError", "enum EntryKind", "enum EntryStatus", "enum DatePrecision",
            "entryFacets(where: EntryFilterInput): EntryFacets!", "type FacetCount", "enum FacetOrder",
            "countries(first: Int = 20, order: FacetOrder = COUNT, role: InvolvementRole): [FacetCount!]!",
            "years(first: Int = 100, order: FacetOrder = VALUE): [FacetCount!]!",
            "enum InvolvementRole", "type SourceSpan", "type PathStep", "type EntriesEdge", "type PageInfo", "type DateSpan",
        })
        {
            Assert.Contains(expected, sdl, StringComparison.Ordinal);
        }
    }

    internal static string Print(ISchema schema) =>
        schema.Print().ReplaceLineEndings("\n");

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AseanCyber.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AseanCyber.sln not found above " + AppContext.BaseDirectory);
    }
}
