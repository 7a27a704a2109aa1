namespace AseanCyber.Api.Cli;

/// <summary>
/// The words after <c>import</c>: paths, the command's flags, and <c>--Key=value</c> settings, which go to the host as
/// the server's command line would (<c>--Graph:DataDirectory=...</c>, <c>--environment=...</c>). After <c>--</c> every word is a path.
/// </summary>
public sealed record ImportArguments(IReadOnlyList<string> Paths, IReadOnlyList<string> Settings, bool ShowWarnings, bool Help, IReadOnlyList<string> Errors)
{
    public static ImportArguments Parse(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var paths = new List<string>();
        var settings = new List<string>();
        var errors = new List<string>();
        bool warnings = false, help = false, onlyPaths = false;
        foreach (var word in words)
        {
            if (onlyPaths || word.Length < 2 || word[0] != '-')
            {
                paths.Add(word);
            }
            else if (word == "--")
            {
                onlyPaths = true;
            }
            else if (word is "-h" or "--help" or "-?")
            {
                help = true;
            }
            else if (word == "--warnings")
            {
                warnings = true;
            }
            else if (word.StartsWith("--", StringComparison.Ordinal) && word.IndexOf('=', StringComparison.Ordinal) > 2)
            {
                settings.Add(word);
            }
            else
            {
                errors.Add($"unknown option '{word}' (a setting is written --Key=value; a path that begins with '-' goes after --)");
            }
        }

        return new ImportArguments(paths, settings, warnings, help, errors);
    }
}
