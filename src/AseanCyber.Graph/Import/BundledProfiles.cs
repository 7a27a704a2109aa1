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
            .Select(resource => (Resource: resource, Name: DottedName(resource)))
            .Where(r => r.Name.StartsWith(Prefix, StringComparison.Ordinal) && r.Name.EndsWith(".txt", StringComparison.Ordinal))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new SourceDocument(r.Name[Prefix.Length..], ReadResource(assembly, r.Resource)))];
    }

    /// <summary>MSBuild's %(RecursiveDir) keeps the directory separator ("Data.profiles/x.txt"), so both spellings are accepted.</summary>
    private static string DottedName(string resource) => resource.Replace('/', '.').Replace('\\', '.');

    internal static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public sealed record SourceDocument(string Name, string Text);
