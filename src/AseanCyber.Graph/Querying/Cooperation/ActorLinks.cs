using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Querying.Cooperation;

/// <summary>
/// What the store answers for one actor (<c>IGraphStore.GetCooperationAsync</c>): every entry it shares with another
/// actor, with each side's evidence there, and its direct actor-actor links. Unordered: <see cref="CooperationNetwork"/>
/// computes counts, strengths, roles, years and paths from it the same way for every adapter.
/// </summary>
public sealed record ActorLinks(string ActorId, IReadOnlyList<SharedEntry> Shared, IReadOnlyList<DirectLink> Direct)
{
    public static ActorLinks Empty(string actorId) => new(actorId, [], []);
}

/// <summary>One entry that ties the actor and <see cref="PartnerId"/>, each side's evidence there.</summary>
public sealed record SharedEntry(string PartnerId, string EntryId, int? Year, Evidence Actor, Evidence Partner);

/// <summary>A link between two actors that no entry carries: membership, or a state profile and its country.</summary>
public sealed record DirectLink(string PartnerId, DirectLinkKind Kind);

public enum DirectLinkKind
{
    /// <summary>A country listed as a member of an organization's profile (MEMBER_OF).</summary>
    Membership,

    /// <summary>A state profile and the country it is about (OF_COUNTRY).</summary>
    StateCountry,
}

/// <summary>Which nodes take part in cooperation: countries, profiles, bodies and international organizations; never themes, places or entries.</summary>
public static class CooperationActors
{
    private static readonly HashSet<string> ActorPrefixes = new(StringComparer.Ordinal)
    {
        NodeIds.CountryPrefix, NodeIds.ProfilePrefix, NodeIds.BodyPrefix, NodeIds.OrganizationPrefix,
    };

    private static readonly HashSet<string> OtherPrefixes = new(StringComparer.Ordinal)
    {
        NodeIds.ThemePrefix, NodeIds.PlacePrefix, NodeIds.EntryPrefix,
    };

    public static bool IsActor(INode node) => node is Country or Profile or Body or Organization;

    /// <summary>Whether <paramref name="id"/> has the prefix of an actor's id (it may still name nothing).</summary>
    public static bool IsActorId(string id) => NodeIds.PrefixOf(id) is { } prefix && ActorPrefixes.Contains(prefix);

    /// <summary>Whether <paramref name="id"/> has the prefix of a node that is never an actor (a theme, a place, an entry).</summary>
    public static bool IsNonActorId(string id) => NodeIds.PrefixOf(id) is { } prefix && OtherPrefixes.Contains(prefix);
}
