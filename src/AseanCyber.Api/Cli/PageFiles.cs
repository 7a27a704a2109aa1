namespace AseanCyber.Api.Cli;

/// <summary>One page file to import: its text, the document name its source spans cite (the file's name), and how the report shows it.</summary>
public sealed record PageFile(string FullPath, string DocumentName, string Display, string Text);

/// <summary>Turns the command's paths into page files: a file as given (it must be a .txt), a folder as its *.txt files by name.</summary>
public static class PageFiles
{
    private static readonly EnumerationOptions TopLevelAnyCase = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
    };

    /// <summary>Every page, in the order given (each file once); or, when a path is wrong, what is wrong with each.</summary>
    public static (IReadOnlyList<PageFile> Pages, IReadOnlyList<string> Errors) Read(IReadOnlyList<string> paths, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var errors = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (Directory.Exists(full))
            {
                var found = Directory.EnumerateFiles(full, "*.txt", TopLevelAnyCase)
                    .Where(IsText)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    errors.Add($"{path}: the folder has no .txt file");
                }

                files.AddRange(found);
            }
            else if (File.Exists(full))
            {
                if (IsText(full))
                {
                    files.Add(full);
                }
                else
                {
                    errors.Add($"{path}: not a .txt file (profile pages are plain-text exports)");
                }
            }
            else
            {
                // dotnet run runs the command in the project's folder, not the shell's: say where a relative path was read from.
                errors.Add(Path.IsPathRooted(path)
                    ? $"{path}: no such file or folder"
                    : $"{path}: no such file or folder (relative paths are read from {workingDirectory}; give an absolute path)");
            }
        }

        var unique = files.Distinct(StringComparer.Ordinal).ToList();
        var sameName = unique.GroupBy(Path.GetFileName, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var pages = new List<PageFile>(unique.Count);
        foreach (var file in unique)
        {
            var name = Path.GetFileName(file);
            try
            {
                var display = sameName.Contains(name) ? Path.GetRelativePath(workingDirectory, file) : name;
                pages.Add(new PageFile(file, name, display, File.ReadAllText(file)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"{Path.GetRelativePath(workingDirectory, file)}: cannot be read ({e.Message})");
            }
        }

        return (pages, errors);
    }

    private static bool IsText(string path) => Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase);
}
