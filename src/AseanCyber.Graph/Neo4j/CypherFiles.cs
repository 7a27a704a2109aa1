using System.Collections.Concurrent;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Neo4j;

/// <summary>
/// The statements in the repository's cypher/ folder, embedded in this assembly. Templates carry two markers the adapter
/// fills with compiled text (never with values): <c>/*where*/ true</c> and the default order between <c>/*order*/</c> and <c>/*end*/</c>.
/// </summary>
internal static class CypherFiles
{
    public const string Schema = "schema";
    public const string ImportLock = "import-lock";
    public const string ImportFindConflicts = "import-find-conflicts";
    public const string ImportDeleteEntries = "import-delete-entries";
    public const string ImportUpsertProfile = "import-upsert-profile";
    public const string ImportCreateEntries = "import-create-entries";
    public const string ImportRemoveOrphans = "import-remove-orphans";
    public const string ImportRemoveOrphanCountries = "import-remove-orphan-countries";
    public const string GetProfiles = "get-profiles";
    public const string GetNodes = "get-nodes";
    public const string QueryEntries = "query-entries";
    public const string QueryEntriesByProfile = "query-entries-by-profile";
    public const string QueryEntriesByCountry = "query-entries-by-country";
    public const string QueryEntriesByBody = "query-entries-by-body";
    public const string QueryEntriesByTheme = "query-entries-by-theme";
    public const string QueryEntriesByPlace = "query-entries-by-place";
    public const string QueryEntriesByOrganization = "query-entries-by-organization";
    public const string GetEntryLinks = "get-entry-links";
    public const string GetCountries = "get-countries";
    public const string GetBodies = "get-bodies";
    public const string GetThemes = "get-themes";
    public const string GetPlaces = "get-places";
    public const string GetOrganizations = "get-organizations";
    public const string CountGraph = "count-graph";
    public const string FindPaths = "find-paths";
    public const string EntryFacets = "entry-facets";
    public const string Cooperation = "cooperation";
    public const string QueryEntriesShared = "query-entries-shared";
    public const string Search = "search";

    private const string ResourcePrefix = "AseanCyber.Graph.Cypher.";
    private const string WhereMarker = "/*where*/ true";
    private const string OrderMarker = "/*order*/";
    private const string EndMarker = "/*end*/";
    private const string HopsMarker = "/*hops*/6";
    private const string ViaMarker = "[/*via*/]";

    /// <summary>The longest path find-paths.cypher may look for.</summary>
    public const int MaxHops = 6;

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>Every statement file shipped, by name (without extension).</summary>
    public static IReadOnlyList<string> Names =>
        [.. typeof(CypherFiles).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".cypher".Length])
            .Order(StringComparer.Ordinal)];

    public static string Get(string name) => Cache.GetOrAdd(name, static n =>
        BundledProfiles.ReadResource(typeof(CypherFiles).Assembly, ResourcePrefix + n + ".cypher"));

    /// <summary>The statements of a multi-statement file (schema.cypher), split at the semicolons that end a line, comments dropped.</summary>
    public static IReadOnlyList<string> Statements(string name)
    {
        var statements = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var raw in Get(name).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var trimmed = line.TrimEnd();
            if (trimmed.EndsWith(';'))
            {
                current.Append(trimmed.AsSpan(0, trimmed.Length - 1));
                Flush();
            }
            else
            {
                current.Append(line).Append('\n');
            }
        }

        Flush();
        return statements;

        void Flush()
        {
            var statement = current.ToString().Trim();
            if (statement.Length > 0)
            {
                statements.Add(statement);
            }

            current.Clear();
        }
    }

    /// <summary>
    /// The template <paramref name="name"/> with its filter markers (one per match the statement makes: a count and a page
    /// read the same entries) replaced by <paramref name="where"/> (null keeps <c>true</c>) and, when
    /// <paramref name="orderKeys"/> is not empty, its default order replaced by those keys (the tie-break stays).
    /// </summary>
    public static string Compose(string name, string? where, IReadOnlyList<string> orderKeys)
    {
        var text = Get(name);
        if (where is not null)
        {
            text = ReplaceEvery(text, WhereMarker, "(" + where + ")", name);
        }

        if (orderKeys.Count > 0)
        {
            var start = IndexOfSingle(text, OrderMarker, name);
            var end = IndexOfSingle(text, EndMarker, name);
            if (end < start)
            {
                throw new InvalidOperationException($"cypher/{name}.cypher has no /*order*/ ... /*end*/ region.");
            }

            text = string.Concat(text.AsSpan(0, start), string.Join(", ", orderKeys), ", ", text.AsSpan(end + EndMarker.Length).TrimStart(' '));
        }

        return text;
    }

    /// <summary>
    /// <see cref="Compose"/> with the whole order (the compiled keys and the template's tie-break) reversed, for a page
    /// counted from the end: Neo4j's SKIP and LIMIT cannot depend on the count the same statement reads, so such a page is
    /// the first rows of the reverse order. Exactly the reverse because the tie-break is unique and Neo4j puts nulls last
    /// ascending and first descending; compiled keys hold no comma, so splitting at commas yields one key each.
    /// </summary>
    public static string ComposeReversed(string name, string? where, IReadOnlyList<string> orderKeys)
    {
        var text = Compose(name, where, []);
        var start = IndexOfSingle(text, OrderMarker, name);
        var end = IndexOfSingle(text, EndMarker, name);
        var lineEnd = text.IndexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var tieBreak = text[(end + EndMarker.Length)..lineEnd].Trim();
        var keys = orderKeys.Append(tieBreak)
            .SelectMany(k => k.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(Reverse);
        return string.Concat(text.AsSpan(0, start), string.Join(", ", keys), text.AsSpan(lineEnd));

        static string Reverse(string key) =>
            key.EndsWith(" DESC", StringComparison.Ordinal) ? key[..^" DESC".Length]
            : key.EndsWith(" ASC", StringComparison.Ordinal) ? key[..^" ASC".Length] + " DESC"
            : key + " DESC";
    }

    /// <summary>
    /// find-paths.cypher bounded to <paramref name="maxHops"/> (1 to <see cref="MaxHops"/>) and, when <paramref name="via"/>
    /// is given, restricted to those relationship types: a number the code checked and type names from the
    /// <see cref="LinkKind"/> enum (quoted, in enum order), never a client's text.
    /// </summary>
    public static string FindPathsWithin(int maxHops, IReadOnlySet<LinkKind>? via = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHops, MaxHops);
        var text = ReplaceOnce(Get(FindPaths), HopsMarker, maxHops.ToString(System.Globalization.CultureInfo.InvariantCulture), FindPaths);
        if (via is null)
        {
            return ReplaceOnce(text, ViaMarker, "[]", FindPaths);
        }

        ArgumentOutOfRangeException.ThrowIfZero(via.Count, nameof(via));
        var types = Enum.GetValues<LinkKind>().Where(via.Contains).Select(k => "`" + LinkKinds.TypeOf(k) + "`");
        return ReplaceOnce(text, ViaMarker, "[:" + string.Join('|', types) + "]", FindPaths);
    }

    private static string ReplaceOnce(string text, string marker, string replacement, string name)
    {
        var at = IndexOfSingle(text, marker, name);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + marker.Length));
    }

    private static string ReplaceEvery(string text, string marker, string replacement, string name) =>
        text.Contains(marker, StringComparison.Ordinal)
            ? text.Replace(marker, replacement, StringComparison.Ordinal)
            : throw new InvalidOperationException($"cypher/{name}.cypher has no {marker} marker.");

    /// <summary>Where the one <paramref name="marker"/> of a template is; a missing or repeated marker is a bug in the file.</summary>
    private static int IndexOfSingle(string text, string marker, string name)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return at >= 0 && text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal) < 0
            ? at
            : throw new InvalidOperationException($"cypher/{name}.cypher must hold exactly one {marker} marker.");
    }
}
