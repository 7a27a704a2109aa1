using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Tests.Import;

internal static class ImportTestData
{
    public const string SeedName = "asean-profile-2018.txt";

    public static ProfileImporter Importer { get; } = new(ReferenceData.Default);

    /// <summary>The seed page as shipped in the assembly (Data/profiles), byte-for-byte the shared copy.</summary>
    public static string SeedText { get; } = BundledProfiles.Load().Single(d => d.Name == SeedName).Text;

    public static ProfileDocument Seed => SeedDocument.Value;

    private static Lazy<ProfileDocument> SeedDocument { get; } = new(() => Importer.Import(SeedText, SeedName));

    public static string ReadFixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static ProfileDocument ImportFixture(string name) => Importer.Import(ReadFixture(name), name);

    /// <summary>A minimal page (ASEAN header, Cooperation / Activities) around <paramref name="lines"/>, which start at line 5.</summary>
    public static ProfileDocument ImportActivities(params string[] lines) =>
        Importer.Import(
            string.Join('\n', ["Association of Southeast Asian Nations (ASEAN)", "Last Updated: November 2018", "Cooperation", "Activities", .. lines]),
            "inline.txt");

    public static ImportedEntry Entry(this ProfileDocument document, string title) =>
        document.Entries.Single(e => e.Entry.Title == title);

    public static ProfileFormatException Rejection(string text) =>
        Assert.Throws<ProfileFormatException>(() => Importer.Import(text, "rejected.txt"));
}
