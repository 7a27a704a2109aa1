using System.Security.Cryptography;
using System.Text;
using AseanCyber.Graph.Import;

namespace AseanCyber.Graph.Tests.Import;

public sealed class BundledProfilesTests
{
    [Fact]
    public void The_seed_page_is_bundled_under_its_file_name()
    {
        var document = Assert.Single(BundledProfiles.Load(), d => d.Name == "asean-profile-2018.txt");
        Assert.StartsWith("Association of Southeast Asian Nations (ASEAN)\nLast Updated: November 2018\n", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_page_is_byte_for_byte_the_shared_copy()
    {
        var text = Assert.Single(BundledProfiles.Load(), d => d.Name == "asean-profile-2018.txt").Text;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        Assert.Equal("4fa17c885048afb30281ee2f67422e790646c80678811712397a717e1d2fbadf", hash);
    }
}
