using System.Reflection;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Tests.Store;

public sealed class PathQueryTests
{
    private static readonly string[] StoredTypes =
        [.. typeof(Relationships).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void Every_stored_relationship_type_is_a_link_kind_and_has_a_weight()
    {
        Assert.Equal(StoredTypes.Order(StringComparer.Ordinal), Enum.GetValues<LinkKind>().Select(LinkKinds.TypeOf).Order(StringComparer.Ordinal));
        Assert.Equal(
            StoredTypes.Where(t => t != Relationships.Involves).Order(StringComparer.Ordinal),
            HopWeights.ByRelationship.Keys.Order(StringComparer.Ordinal));
        Assert.All(Enum.GetValues<InvolvementRole>(), r => Assert.InRange(HopWeights.Of(r), 500, 1000));
        Assert.All(HopWeights.ByRelationship.Values, w => Assert.InRange(w, 100, 1000));
    }

    [Fact]
    public void Same_profile_and_theme_hops_weigh_least()
    {
        var evidence = StoredTypes.Where(t => t is not (Relationships.InProfile or Relationships.About or Relationships.Involves)).Select(HopWeights.Of)
            .Concat(Enum.GetValues<InvolvementRole>().Select(HopWeights.Of));
        Assert.All(evidence, w => Assert.True(w > HopWeights.InProfile, $"{w} is no more than a shared profile"));
        // Two entries meet through a theme in two ABOUT hops, through their profile in two IN_PROFILE hops.
        Assert.True(HopWeights.OfTheme(1.0) * HopWeights.OfTheme(1.0) < HopWeights.InProfile * HopWeights.InProfile);
        Assert.Equal([51, 80, 94, 57], new[] { 0.51, 0.8, 0.94, 0.57 }.Select(HopWeights.OfTheme));
        Assert.Throws<ArgumentOutOfRangeException>(() => HopWeights.Of(Relationships.Involves));
        Assert.Throws<ArgumentOutOfRangeException>(() => HopWeights.Of(Relationships.About));
    }

    [Fact]
    public void Ranks_scale_every_length_to_six_hops_so_they_compare_exactly()
    {
        Assert.Equal(1_000_000_000_000_000_000L, HopWeights.Rank(1, 0));
        Assert.Equal(HopWeights.Rank(300L * 300, 2), HopWeights.Rank(300L * 300 * 1000, 3));
        Assert.True(HopWeights.Rank(600L * 500, 2) == HopWeights.Rank(300, 1));
        Assert.Equal(90_000_000_000_000_000L, HopWeights.Rank(90_000_000_000_000_000L, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => HopWeights.Rank(1, 7));
    }

    [Theory]
    [InlineData("country:jp", "country:JP")]
    [InlineData("Country:Jp", "country:JP")]
    [InlineData("country:JPN", "country:JP")]
    [InlineData("country:kor", "country:KR")]
    [InlineData("country:ZZZ", "country:ZZZ")]
    [InlineData("country:J", "country:J")]
    [InlineData("COUNTRY:zzz", "country:zzz")]
    [InlineData("organization:INTERPOL", "organization:interpol")]
    [InlineData("Profile:ASEAN", "profile:asean")]
    [InlineData("entry:ASEAN:X", "entry:asean:x")]
    [InlineData("countries:jp", "countries:jp")]
    [InlineData("Unknown:JP", "Unknown:JP")]
    [InlineData("jp", "jp")]
    public void Prefixes_country_codes_and_slugs_match_in_any_case(string id, string canonical)
    {
        Assert.Equal(canonical, NodeIdSpelling.Canonical(id));
    }
}
