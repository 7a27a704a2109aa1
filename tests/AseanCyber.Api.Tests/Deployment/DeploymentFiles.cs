using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AseanCyber.Api.Tests.Contract;
using YamlDotNet.RepresentationModel;

namespace AseanCyber.Api.Tests.Deployment;

/// <summary>docker-compose.yml as YAML nodes, with the few shapes Compose allows for environment, ports and volumes.</summary>
public sealed class ComposeFile
{
    private ComposeFile(string text, YamlMappingNode root)
    {
        Text = text;
        Root = root;
    }

    public static string FilePath => System.IO.Path.Combine(SchemaSnapshotTests.RepositoryRoot(), "docker-compose.yml");

    public string Text { get; }

    public YamlMappingNode Root { get; }

    public static ComposeFile Load()
    {
        var text = File.ReadAllText(FilePath);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return new ComposeFile(text, Assert.IsType<YamlMappingNode>(stream.Documents.Single().RootNode));
    }

    public YamlMappingNode Service(string name) =>
        Assert.IsType<YamlMappingNode>(Get(Get(Root, "services"), name) ?? throw new Xunit.Sdk.XunitException($"No service '{name}' in docker-compose.yml."));

    /// <summary>A mapping's value by key, or null.</summary>
    public static YamlNode? Get(YamlNode? node, string key) =>
        node is YamlMappingNode map
            ? map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == key).Value
            : null;

    public static string? Scalar(YamlNode? node, string key) => (Get(node, key) as YamlScalarNode)?.Value;

    public static IReadOnlyList<string> Strings(YamlNode? node) =>
        node is YamlSequenceNode list ? list.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList() : [];

    /// <summary>A service's environment, written as a mapping or as a list of KEY=VALUE.</summary>
    public static IReadOnlyDictionary<string, string> Environment(YamlMappingNode service)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (Get(service, "environment"))
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    result[((YamlScalarNode)key).Value!] = (value as YamlScalarNode)?.Value ?? "";
                }

                break;
            case YamlSequenceNode list:
                foreach (var item in Strings(list))
                {
                    var eq = item.IndexOf('=', StringComparison.Ordinal);
                    result[eq < 0 ? item : item[..eq]] = eq < 0 ? "" : item[(eq + 1)..];
                }

                break;
        }

        return result;
    }

    /// <summary>Published ports as (host port, container port), from "[ip:]host:container[/proto]" or the long syntax.</summary>
    public static IReadOnlyList<(string? Host, string Container)> Ports(YamlMappingNode service) =>
        (Get(service, "ports") as YamlSequenceNode)?.Children.Select(p => p switch
        {
            YamlMappingNode map => (Scalar(map, "published"), Scalar(map, "target") ?? ""),
            YamlScalarNode { Value: var v } => ShortPort(v ?? ""),
            _ => (null, ""),
        }).ToList() ?? [];

    /// <summary>Mounts as (source, target), from "source:target[:mode]" or the long syntax.</summary>
    public static IReadOnlyList<(string? Source, string Target)> Volumes(YamlMappingNode service) =>
        (Get(service, "volumes") as YamlSequenceNode)?.Children.Select(v => v switch
        {
            YamlMappingNode map => (Scalar(map, "source"), Scalar(map, "target") ?? ""),
            YamlScalarNode { Value: var s } when s!.Contains(':', StringComparison.Ordinal) => (s.Split(':')[0], s.Split(':')[1]),
            YamlScalarNode { Value: var s } => ((string?)null, s ?? ""),
            _ => (null, ""),
        }).ToList() ?? [];

    /// <summary>As Compose reads it with no variable set: <c>${NAME:-default}</c> and <c>${NAME-default}</c> become the default.</summary>
    public static string WithDefaults(string value) =>
        System.Text.RegularExpressions.Regex.Replace(value, @"\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}", m => m.Groups[1].Value);

    private static (string? Host, string Container) ShortPort(string value)
    {
        var parts = WithDefaults(value).Split('/')[0].Split(':');
        return parts.Length == 1 ? (null, parts[0]) : (parts[^2], parts[^1]);
    }
}

/// <summary>
/// A Dockerfile read as instructions (continuation lines joined, comments dropped), each with the stage it belongs to,
/// and its .dockerignore as Docker applies it.
/// </summary>
public sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<Instruction> instructions, IReadOnlyList<(bool Exclude, Regex Pattern)> ignore)
    {
        Instructions = instructions;
        _ignore = ignore;
    }

    private readonly IReadOnlyList<(bool Exclude, Regex Pattern)> _ignore;

    public IReadOnlyList<Instruction> Instructions { get; }

    public int StageCount => Instructions.Count(i => i.Keyword == "FROM");

    public IEnumerable<Instruction> Stage(int index) => Instructions.Where(i => i.Stage == index);

    public IEnumerable<Instruction> FinalStage => Stage(StageCount - 1);

    public static Dockerfile Load()
    {
        var root = SchemaSnapshotTests.RepositoryRoot();
        var instructions = new List<Instruction>();
        var stage = -1;
        var pending = new StringBuilder();
        foreach (var raw in File.ReadAllLines(System.IO.Path.Combine(root, "Dockerfile")))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending.Append(line[..^1]).Append(' ');
                continue;
            }

            pending.Append(line);
            var text = pending.ToString().Trim();
            pending.Clear();
            if (text.Length == 0)
            {
                continue;
            }

            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var keyword = (space < 0 ? text : text[..space]).ToUpperInvariant();
            if (keyword == "FROM")
            {
                stage++;
            }

            instructions.Add(new Instruction(keyword, space < 0 ? "" : text[(space + 1)..].Trim(), stage));
        }

        var ignorePath = System.IO.Path.Combine(root, ".dockerignore");
        var ignore = File.Exists(ignorePath)
            ? File.ReadAllLines(ignorePath)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => (Exclude: !l.StartsWith('!'), Pattern: IgnorePattern(l.TrimStart('!'))))
                .ToList()
            : [];
        return new Dockerfile(instructions, ignore);
    }

    /// <summary>True when .dockerignore keeps <paramref name="path"/> (relative, '/'-separated) out of the build context.</summary>
    public bool IsIgnored(string path)
    {
        var clean = path.Trim('/');
        var candidates = new List<string>();
        for (var p = clean; p.Length > 0; p = p.Contains('/', StringComparison.Ordinal) ? p[..p.LastIndexOf('/')] : "")
        {
            candidates.Add(p);
        }

        var ignored = false;
        foreach (var (exclude, pattern) in _ignore)
        {
            if (candidates.Any(pattern.IsMatch))
            {
                ignored = exclude;
            }
        }

        return ignored;
    }

    /// <summary>Docker's .dockerignore syntax: paths from the context root, '*' within a segment, '**' across segments.</summary>
    private static Regex IgnorePattern(string pattern)
    {
        var p = pattern.Trim().Trim('/');
        if (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p[2..];
        }

        var regex = new StringBuilder("^");
        for (var i = 0; i < p.Length; i++)
        {
            if (p[i] == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                var slash = i + 2 < p.Length && p[i + 2] == '/';
                regex.Append(slash ? "(.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(p[i] switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    var c => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    public sealed record Instruction(string Keyword, string Arguments, int Stage)
    {
        /// <summary>FROM's image (without "AS name").</summary>
        public string Image => Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

        /// <summary>Words that are not --flags, from either the JSON or the shell form.</summary>
        public IReadOnlyList<string> Words => Arguments.StartsWith('[')
            ? JsonSerializer.Deserialize<string[]>(Arguments)!
            : Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();

        public string? Flag(string name) => Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(w => w.StartsWith($"--{name}=", StringComparison.Ordinal))?[(name.Length + 3)..];

        /// <summary>COPY/ADD sources (every word but the destination).</summary>
        public IReadOnlyList<string> Sources => Words.Take(Words.Count - 1).ToList();

        public string Destination => Words[^1];
    }
}
