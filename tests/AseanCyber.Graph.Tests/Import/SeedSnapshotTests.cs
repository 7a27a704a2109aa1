using Snapshooter.Xunit;

namespace AseanCyber.Graph.Tests.Import;

/// <summary>The whole parsed seed (less its text), so any change to the importer's output shows up in review.</summary>
public sealed class SeedSnapshotTests
{
    [Fact]
    public void The_parsed_seed_matches_its_snapshot()
    {
        var document = ImportTestData.Seed;
        Snapshot.Match(new { document.Profile, document.Entries, document.Warnings });
    }
}
