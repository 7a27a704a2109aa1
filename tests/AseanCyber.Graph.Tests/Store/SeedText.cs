using AseanCyber.Graph.Import;

namespace AseanCyber.Graph.Tests.Store;

public static class SeedText
{
    public const string AseanFileName = "asean-profile-2018.txt";

    /// <summary>The bundled ASEAN page, found by its file name whatever prefix the build gives the resource.</summary>
    public static string Asean()
    {
        var assembly = typeof(BundledProfiles).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(AseanFileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Why <see cref="BundledProfiles.Load"/> comes back empty, or null when it works.</summary>
    public static string? BundledProfilesProblem() => BundledProfiles.Load().Count > 0
        ? null
        : "BundledProfiles.Load() finds no profile: the csproj's LogicalName keeps RecursiveDir's '/' "
            + $"('{typeof(BundledProfiles).Assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(AseanFileName, StringComparison.Ordinal))}')";
}
