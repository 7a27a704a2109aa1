using System.Reflection;

namespace AseanCyber.Graph.Import;

/// <summary>The profile pages shipped inside the assembly (Data/profiles/*.txt): the default data set.</summary>
public static class BundledProfiles
{
    private const string Prefix = "AseanCyber.Graph.Data.profiles.";

    public static IReadOnlyList<SourceDocument> Load()
    {
        var assembly = typeof(BundledProfiles).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new SourceDocument(n[Prefix.Length..], ReadResource(assembly, n)))];
    }

    internal static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public sealed record SourceDocument(string Name, string Text);
