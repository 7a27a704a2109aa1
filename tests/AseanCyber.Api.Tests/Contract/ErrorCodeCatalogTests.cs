using System.Text.RegularExpressions;
using AseanCyber.Api.GraphQL;

namespace AseanCyber.Api.Tests.Contract;

public sealed partial class ErrorCodeCatalogTests
{
    [Fact]
    public void The_README_lists_exactly_the_codes_of_the_catalog()
    {
        var readme = File.ReadAllText(Path.Combine(SchemaSnapshotTests.RepositoryRoot(), "README.md"));
        var section = readme[readme.IndexOf("### Error codes", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", StringComparison.Ordinal)];

        var documented = TableCode().Matches(section).Select(m => m.Groups["code"].Value).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(ApiErrors.AllCodes, documented);
    }

    [GeneratedRegex(@"^\| `(?<code>[A-Z0-9_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableCode();
}
