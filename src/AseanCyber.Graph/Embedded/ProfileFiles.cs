using System.Text;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Embedded;

/// <summary>The data directory: one source text per imported profile, written atomically.</summary>
internal static class ProfileFiles
{
    public const string Extension = ".txt";
    public const string TemporaryExtension = ".tmp";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>"asean.txt" for "profile:asean": profile ids are slugs, safe as file names everywhere.</summary>
    public static string FileNameFor(string profileId) => NodeIds.ProfileKey(profileId) + Extension;

    /// <summary>
    /// Writes <paramref name="text"/> next to its final name, forces it to disk, then renames it over the old file, so the
    /// folder holds either the old or the new text, never a torn one. Returns the final path.
    /// </summary>
    public static string WriteAtomically(string directory, string fileName, string text)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        var temporary = path + TemporaryExtension;
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(Utf8.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            return path;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>The persisted profile texts, in ordinal file-name order.</summary>
    public static IEnumerable<string> List(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*" + Extension)
                .Where(p => p.EndsWith(Extension, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
            : [];

    /// <summary>Temporary files a crash left behind (the rename never happened, so they are not the profile's text).</summary>
    public static IEnumerable<string> ListLeftovers(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*" + Extension + TemporaryExtension)
            : [];

    public static string Read(string path) => File.ReadAllText(path, Utf8);

    /// <summary>The file beside a profile's text that keeps the name it was imported under, so source spans cite it after a restart.</summary>
    public const string SourceNameExtension = ".source";

    /// <summary>Only a name other than the file's own needs keeping; a stale one is removed.</summary>
    public static void WriteSourceName(string directory, string fileName, string documentName)
    {
        if (documentName == fileName)
        {
            TryDelete(Path.Combine(directory, fileName + SourceNameExtension));
            return;
        }

        WriteAtomically(directory, fileName + SourceNameExtension, documentName);
    }

    public static string? ReadSourceName(string textPath)
    {
        var path = textPath + SourceNameExtension;
        return File.Exists(path) && Read(path).Trim() is { Length: > 0 } name ? name : null;
    }

    public static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
