using System.Collections.Frozen;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Store;

/// <summary>
/// What <see cref="IGraphStore.FindPathsAsync(PathQuery, CancellationToken)"/> looks for: up to <see cref="First"/> simple
/// paths of at most <see cref="MaxHops"/> relationships between two nodes, through the relationship kinds of
/// <see cref="Via"/> only (every kind when null), strongest first (<see cref="HopWeights"/>).
/// </summary>
public sealed record PathQuery(string FromId, string ToId, int MaxHops, int First)
{
    /// <summary>The relationship kinds a path may use; null for all of them.</summary>
    public IReadOnlySet<LinkKind>? Via { get; init; }
}

/// <summary>The kinds of relationship in the graph, by their stored type: one value per <see cref="Relationships"/> constant.</summary>
public enum LinkKind
{
    IssuedBy,
    Involves,
    HeldIn,
    In,
    About,
    Mentions,
    MemberOf,
    InProfile,
    OfCountry,
}

public static class LinkKinds
{
    private static readonly FrozenDictionary<LinkKind, string> Types = new Dictionary<LinkKind, string>
    {
        [LinkKind.IssuedBy] = Relationships.IssuedBy,
        [LinkKind.Involves] = Relationships.Involves,
        [LinkKind.HeldIn] = Relationships.HeldIn,
        [LinkKind.In] = Relationships.In,
        [LinkKind.About] = Relationships.About,
        [LinkKind.Mentions] = Relationships.Mentions,
        [LinkKind.MemberOf] = Relationships.MemberOf,
        [LinkKind.InProfile] = Relationships.InProfile,
        [LinkKind.OfCountry] = Relationships.OfCountry,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, LinkKind> Kinds = Types.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The stored relationship type of <paramref name="kind"/> (ISSUED_BY for <see cref="LinkKind.IssuedBy"/>).</summary>
    public static string TypeOf(LinkKind kind) =>
        Types.TryGetValue(kind, out var type) ? type : throw new ArgumentOutOfRangeException(nameof(kind), kind, null);

    public static bool TryParse(string relationship, out LinkKind kind) => Kinds.TryGetValue(relationship, out kind);
}

/// <summary>
/// How strongly one hop of a <c>connections</c> path ties its two nodes, from the evidence behind it, in thousandths
/// (1000 = 1.0); a path's strength is the product of its hops' weights, so shorter and better-evidenced paths come first,
/// and hops that only say two entries share a profile (IN_PROFILE) or a theme (ABOUT, times the theme link's confidence)
/// come last. Whole thousandths keep every product exact (at most 1000^6, within a long), so equal strengths are equal on
/// every adapter and ties fall to the shorter path, then the ids. The README's table.
/// </summary>
public static class HopWeights
{
    public const int IssuedBy = 1000;
    public const int Partner = 1000;
    public const int Host = 900;
    public const int Venue = 600;
    public const int HeldIn = 600;
    public const int In = 600;
    public const int Mentions = 500;
    public const int MemberOf = 500;
    public const int OfCountry = 1000;
    public const int InProfile = 300;

    /// <summary>An ABOUT hop weighs this many thousandths per unit of the theme link's confidence (0.1 x confidence).</summary>
    public const int About = 100;

    /// <summary>The longest path ranked: a product of this many weights in thousandths fits a long.</summary>
    public const int MaxHops = 6;

    /// <summary>By relationship type, INVOLVES excepted (its weight is its role's): what Neo4j receives as $weights.</summary>
    public static IReadOnlyDictionary<string, int> ByRelationship { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [Relationships.IssuedBy] = IssuedBy,
        [Relationships.HeldIn] = HeldIn,
        [Relationships.In] = In,
        [Relationships.About] = About,
        [Relationships.Mentions] = Mentions,
        [Relationships.MemberOf] = MemberOf,
        [Relationships.InProfile] = InProfile,
        [Relationships.OfCountry] = OfCountry,
    };

    public static int Of(InvolvementRole role) => role switch
    {
        InvolvementRole.Partner => Partner,
        InvolvementRole.Host => Host,
        InvolvementRole.Venue => Venue,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>An ABOUT hop: 0.1 x the link's confidence (two decimals), in whole thousandths, rounded as Cypher's round() does.</summary>
    public static int OfTheme(double confidence) => (int)Math.Round(About * confidence, MidpointRounding.AwayFromZero);

    /// <summary>Any hop but INVOLVES and ABOUT, whose weights depend on the link (<see cref="Of(InvolvementRole)"/>, <see cref="OfTheme"/>).</summary>
    public static int Of(string relationship) =>
        ByRelationship.TryGetValue(relationship, out var weight) && relationship != Relationships.About
            ? weight
            : throw new ArgumentOutOfRangeException(nameof(relationship), relationship, "INVOLVES and ABOUT weigh by their role and confidence.");

    /// <summary>
    /// What paths are ranked by: the product of <paramref name="length"/> weights scaled to <see cref="MaxHops"/> factors
    /// (times 1000 per missing hop), so paths of different lengths compare exactly.
    /// </summary>
    public static long Rank(long product, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxHops);
        for (var i = length; i < MaxHops; i++)
        {
            product *= 1000;
        }

        return product;
    }
}

/// <summary>
/// Ids as callers may spell them: the prefix in any case; a country's key is its ISO code, alpha-2 or alpha-3, in any
/// case; every other key of ours is a slug, which is lower case, so it matches in any case too.
/// </summary>
public static class NodeIdSpelling
{
    private static readonly FrozenSet<string> Prefixes = new[]
    {
        NodeIds.CountryPrefix, NodeIds.ProfilePrefix, NodeIds.EntryPrefix, NodeIds.BodyPrefix, NodeIds.ThemePrefix,
        NodeIds.PlacePrefix, NodeIds.OrganizationPrefix,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "country:JP" for "country:jp", "Country:JP" or "country:JPN"; "profile:asean" for "Profile:ASEAN"; an id without
    /// one of our prefixes, or a country key that is no code, unchanged but for the prefix's case.
    /// </summary>
    public static string Canonical(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Prefixes.Contains(id[..colon].ToLowerInvariant()))
        {
            return id;
        }

        var prefix = id[..colon].ToLowerInvariant();
        var key = id[(colon + 1)..];
        if (prefix != NodeIds.CountryPrefix)
        {
            return prefix + ":" + key.ToLowerInvariant();
        }

        var code = key.Trim().ToUpperInvariant();
        return code.Length switch
        {
            2 when code.All(char.IsAsciiLetterUpper) => NodeIds.Country(code),
            3 when code.All(char.IsAsciiLetterUpper) && ReferenceData.Default.FindCountry(code) is { } country => country.Id,
            _ => prefix + ":" + key,
        };
    }
}

internal static class PathErrors
{
    /// <summary>NODE_NOT_FOUND naming the end or ends of <paramref name="query"/> that are not in the graph, as the caller spelt them.</summary>
    public static GraphStoreException NodeNotFound(PathQuery query, bool hasSource, bool hasTarget)
    {
        var missing = (hasSource, hasTarget) switch
        {
            (false, false) when query.FromId != query.ToId => $"'{query.FromId}' (from) and '{query.ToId}' (to)",
            (false, _) => $"'{query.FromId}' (from)",
            _ => $"'{query.ToId}' (to)",
        };
        return new GraphStoreException(GraphErrorCodes.NodeNotFound, $"No node of the graph has the id {missing}.");
    }
}

/// <summary>How a hop's evidence reads, the same on every adapter.</summary>
internal static class PathEvidence
{
    /// <summary>"cybercrime, law enforcement"; "weak: drill, exercise" when the theme link rests on generic terms only.</summary>
    public static string OfTheme(IReadOnlyList<string> terms, bool weak) => (weak ? "weak: " : "") + string.Join(", ", terms);
}
