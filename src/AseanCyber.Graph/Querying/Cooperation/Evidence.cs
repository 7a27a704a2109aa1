using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Querying.Cooperation;

/// <summary>
/// How an entry ties an actor to it, as the stores read it from the entry's links: one flag per kind of evidence, so an
/// actor with two (a country that is partner and venue) carries both. The weights are design-11's table (README,
/// "Cooperation"), one place for both adapters.
/// </summary>
[Flags]
public enum Evidence
{
    None = 0,

    /// <summary>Named as a partner (INVOLVES, role PARTNER): 1.0.</summary>
    Partner = 1,

    /// <summary>The body that issued or ran the entry (ISSUED_BY): 1.0.</summary>
    Issuer = 2,

    /// <summary>The host (INVOLVES, role HOST): 0.9.</summary>
    Host = 4,

    /// <summary>The profile the entry belongs to (IN_PROFILE): 0.8.</summary>
    Owner = 8,

    /// <summary>The venue (INVOLVES, role VENUE, or the country of a place the entry was held in, HELD_IN/IN): 0.6.</summary>
    Venue = 16,

    /// <summary>An international organization the entry names (MENTIONS): 0.5.</summary>
    Mention = 32,
}

/// <summary>
/// What each kind of evidence is worth: the weight of the relationship it rests on (<see cref="HopWeights"/>, one table for
/// connections and cooperation), but for <see cref="Owner"/>: owning an entry is strong evidence of cooperation with those
/// it names, whereas a path hop through a shared profile (IN_PROFILE) says little, so the two differ on purpose.
/// </summary>
public static class EvidenceWeights
{
    private const double PerMille = 1000.0;

    public const double Partner = HopWeights.Partner / PerMille;
    public const double Issuer = HopWeights.IssuedBy / PerMille;
    public const double Host = HopWeights.Host / PerMille;
    public const double Owner = 0.8;
    public const double Venue = HopWeights.Venue / PerMille;
    public const double Mention = HopWeights.Mentions / PerMille;

    /// <summary>
    /// How much of an entry's weight counts towards a link's strength: one entry, however explicit, is evidence of
    /// cooperation, not proof of it. Without this factor (design-11's plain noisy-or) one entry naming both sides as
    /// partner or issuer (weight 1.0) makes a link of strength 1 that no number of entries can outrank: on the seed,
    /// Japan's one drill run by VNCERT would come before its seven entries with ASEAN.
    /// </summary>
    public const double EntryConfidence = 0.5;

    /// <summary>A country listed as a member of an organization's profile (MEMBER_OF): a direct link without entries.</summary>
    public const double Membership = HopWeights.MemberOf / PerMille;

    /// <summary>A state profile and the country it is about (OF_COUNTRY): a direct link without entries.</summary>
    public const double StateCountry = HopWeights.OfCountry / PerMille;

    /// <summary>The names Cypher returns for each kind (cypher/cooperation.cypher), and the flag each stands for.</summary>
    public static IReadOnlyDictionary<string, Evidence> ByCypherName { get; } = new Dictionary<string, Evidence>(StringComparer.Ordinal)
    {
        ["PARTNER"] = Evidence.Partner,
        ["ISSUER"] = Evidence.Issuer,
        ["HOST"] = Evidence.Host,
        ["OWNER"] = Evidence.Owner,
        ["VENUE"] = Evidence.Venue,
        ["MENTION"] = Evidence.Mention,
    };

    /// <summary>An actor's weight in an entry: the strongest of its evidence there (0 with none).</summary>
    public static double Of(Evidence evidence) =>
        evidence.HasFlag(Evidence.Partner) || evidence.HasFlag(Evidence.Issuer) ? Partner
        : evidence.HasFlag(Evidence.Host) ? Host
        : evidence.HasFlag(Evidence.Owner) ? Owner
        : evidence.HasFlag(Evidence.Venue) ? Venue
        : evidence.HasFlag(Evidence.Mention) ? Mention
        : 0;

    public static double Of(DirectLinkKind kind) => kind switch
    {
        DirectLinkKind.Membership => Membership,
        DirectLinkKind.StateCountry => StateCountry,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Two actors cooperate through an entry as strongly as the weaker of them is tied to it.</summary>
    public static double Shared(Evidence a, Evidence b) => Math.Min(Of(a), Of(b));

    /// <summary>
    /// A link over independent pieces of evidence: 1 - prod(1 - w) (noisy-or), so more and stronger entries make a
    /// stronger link, capped at 1. The weights are taken strongest first, so every adapter multiplies in one order.
    /// </summary>
    public static double NoisyOr(IEnumerable<double> weights)
    {
        var missing = 1.0;
        foreach (var weight in weights.OrderDescending())
        {
            missing *= 1 - weight;
        }

        return 1 - missing;
    }

    /// <summary>The involvement roles an evidence set carries (a country's): PARTNER, HOST, VENUE, in that order.</summary>
    public static IEnumerable<InvolvementRole> Roles(Evidence evidence)
    {
        if (evidence.HasFlag(Evidence.Partner))
        {
            yield return InvolvementRole.Partner;
        }

        if (evidence.HasFlag(Evidence.Host))
        {
            yield return InvolvementRole.Host;
        }

        if (evidence.HasFlag(Evidence.Venue))
        {
            yield return InvolvementRole.Venue;
        }
    }
}
