using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Querying.Cooperation;

/// <summary>One entry of a link, how strongly it ties the pair (the weaker side's weight) and each side's evidence.</summary>
public sealed record WeightedEntry(string EntryId, int? Year, double Weight, Evidence From, Evidence To);

public enum CooperationLinkKind
{
    /// <summary>Entries that tie both actors.</summary>
    SharedEntries,

    /// <summary>A country listed as a member of an organization's profile.</summary>
    Membership,

    /// <summary>A state profile and the country it is about.</summary>
    StateCountry,
}

/// <summary>
/// Two actors and what ties them, seen from <see cref="FromId"/>: the shared entries (strongest first) and any direct
/// link. <see cref="Strength"/> is the noisy-or of every entry's weight (times <see cref="EvidenceWeights.EntryConfidence"/>)
/// and every direct link's weight.
/// </summary>
public sealed record CooperationLink(
    string FromId,
    string ToId,
    IReadOnlyList<WeightedEntry> Entries,
    IReadOnlyList<DirectLinkKind> Direct,
    double Strength)
{
    public int Count => Entries.Count;

    /// <summary>Shared entries when there are any, else the direct link.</summary>
    public CooperationLinkKind Kind => Entries.Count > 0 ? CooperationLinkKind.SharedEntries : KindOf(Direct[0]);

    /// <summary>Every basis of the link: shared entries (if any), then the direct links.</summary>
    public IReadOnlyList<CooperationLinkKind> Kinds =>
        [.. (Entries.Count > 0 ? [CooperationLinkKind.SharedEntries] : Array.Empty<CooperationLinkKind>()).Concat(Direct.Select(KindOf))];

    /// <summary>
    /// The roles a country of the pair plays in the shared entries: the partner's (<see cref="ToId"/>) when it is a
    /// country, else those of <see cref="FromId"/> when it is one; PARTNER, HOST, VENUE in that order.
    /// </summary>
    public IReadOnlyList<InvolvementRole> Roles
    {
        get
        {
            var side = IsCountry(ToId) ? Entries.Aggregate(Evidence.None, (all, e) => all | e.To)
                : IsCountry(FromId) ? Entries.Aggregate(Evidence.None, (all, e) => all | e.From)
                : Evidence.None;
            return [.. EvidenceWeights.Roles(side)];
        }
    }

    public int? FirstYear => Entries.Select(e => e.Year).Min();

    public int? LastYear => Entries.Select(e => e.Year).Max();

    /// <summary>The same link seen from the other end.</summary>
    public CooperationLink Reversed() =>
        new(ToId, FromId, [.. Entries.Select(e => e with { From = e.To, To = e.From })], Direct, Strength);

    private static bool IsCountry(string id) => NodeIds.PrefixOf(id) == NodeIds.CountryPrefix;

    private static CooperationLinkKind KindOf(DirectLinkKind kind) => kind switch
    {
        DirectLinkKind.Membership => CooperationLinkKind.Membership,
        DirectLinkKind.StateCountry => CooperationLinkKind.StateCountry,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>A chain of cooperating actors; <see cref="Links"/>[i] joins <see cref="ActorIds"/>[i] and [i + 1].</summary>
public sealed record CooperationPath(IReadOnlyList<string> ActorIds, IReadOnlyList<CooperationLink> Links, double Strength);

/// <summary>
/// The cooperation network, computed from what the store answers (<see cref="ActorLinks"/>) by the same code for every
/// adapter: partners with counts, strengths, roles and years, and the strongest paths between two actors.
/// </summary>
public static class CooperationNetwork
{
    /// <summary>The longest path <see cref="FindPathsAsync"/> looks for.</summary>
    public const int MaxHops = 4;

    /// <summary>How many partial paths the best-first search may take from its queue before it stops with what it has.</summary>
    public const int MaxSearchSteps = 200_000;

    /// <summary>
    /// The actor's partners through shared entries (direct links such as membership do not count here), strongest first,
    /// then by more entries, then by partner id.
    /// </summary>
    public static IReadOnlyList<CooperationLink> Partners(ActorLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        return [.. Links(links, includeDirect: false).OrderBy(l => l, PartnerOrder.Instance)];
    }

    /// <summary>Every link of the actor, shared entries and (when <paramref name="includeDirect"/>) direct links merged per partner.</summary>
    public static IEnumerable<CooperationLink> Links(ActorLinks links, bool includeDirect)
    {
        ArgumentNullException.ThrowIfNull(links);
        var partners = new Dictionary<string, (Dictionary<string, WeightedEntry> Entries, List<DirectLinkKind> Direct)>(StringComparer.Ordinal);
        foreach (var shared in links.Shared)
        {
            if (shared.PartnerId == links.ActorId)
            {
                continue;
            }

            var partner = For(shared.PartnerId);
            partner.Entries[shared.EntryId] = partner.Entries.TryGetValue(shared.EntryId, out var seen)
                ? Weighted(shared.EntryId, shared.Year, seen.From | shared.Actor, seen.To | shared.Partner)
                : Weighted(shared.EntryId, shared.Year, shared.Actor, shared.Partner);
        }

        if (includeDirect)
        {
            foreach (var direct in links.Direct.Where(d => d.PartnerId != links.ActorId))
            {
                var partner = For(direct.PartnerId);
                if (!partner.Direct.Contains(direct.Kind))
                {
                    partner.Direct.Add(direct.Kind);
                }
            }
        }

        foreach (var (partnerId, (entries, direct)) in partners)
        {
            var ordered = entries.Values.Where(e => e.Weight > 0).OrderBy(e => e, EntryOrder.Instance).ToArray();
            direct.Sort();
            if (ordered.Length == 0 && direct.Count == 0)
            {
                continue;
            }

            var strength = EvidenceWeights.NoisyOr(
                ordered.Select(e => e.Weight * EvidenceWeights.EntryConfidence).Concat(direct.Select(EvidenceWeights.Of)));
            yield return new CooperationLink(links.ActorId, partnerId, ordered, direct, strength);
        }

        (Dictionary<string, WeightedEntry> Entries, List<DirectLinkKind> Direct) For(string partnerId)
        {
            if (!partners.TryGetValue(partnerId, out var partner))
            {
                partners.Add(partnerId, partner = (new(StringComparer.Ordinal), []));
            }

            return partner;
        }
    }

    /// <summary>
    /// Up to <paramref name="first"/> simple paths of at most <paramref name="maxHops"/> links between two actors, each
    /// link made of the entries <paramref name="where"/> admits (and direct links), strongest first (the product of the
    /// links' strengths), then fewer links, then by the ids along the way. The neighbourhoods are read level by level
    /// from both ends at once, one store call per level of each: ceil(maxHops / 2) calls.
    /// </summary>
    /// <exception cref="GraphStoreException">NODE_NOT_FOUND when an end is not an actor of the graph.</exception>
    public static async Task<IReadOnlyList<CooperationPath>> FindPathsAsync(
        IGraphStore store, string fromId, string toId, int maxHops, Filter? where, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHops, MaxHops);
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);

        var graph = new Dictionary<string, Dictionary<string, CooperationLink>>(StringComparer.Ordinal);
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        var fromSide = new HashSet<string>(StringComparer.Ordinal) { fromId };
        var toSide = new HashSet<string>(StringComparer.Ordinal) { toId };
        List<string> fromFrontier = [fromId];
        List<string> toFrontier = [toId];

        // Expanding every node within distance a of 'from' and b of 'to' (depth below the radius), a + b = maxHops, reads
        // every link of every path of at most maxHops links: a link from position i < a starts at an expanded node, and
        // one from i >= a ends within b - 1 of 'to'. The first call reads both ends (which must exist); then each call
        // takes a level on both sides while two remain, and the last odd one on the side whose frontier is smaller.
        var remaining = maxHops - Math.Min(maxHops, 2);
        var (expandFrom, expandTo) = (true, true);
        for (var call = 0; ; call++)
        {
            var ask = new List<string>();
            if (expandFrom)
            {
                ask.AddRange(fromFrontier.Where(expanded.Add));
            }

            if (expandTo)
            {
                ask.AddRange(toFrontier.Where(expanded.Add));
            }

            var answer = ask.Count == 0
                ? new Dictionary<string, ActorLinks>()
                : await store.GetCooperationAsync(ask, where, cancellationToken).ConfigureAwait(false);
            if (call == 0)
            {
                CheckFound(answer, fromId, toId);
                if (fromId == toId)
                {
                    return [new CooperationPath([fromId], [], 1.0)];
                }
            }

            foreach (var actorId in ask)
            {
                if (answer.TryGetValue(actorId, out var links))
                {
                    foreach (var link in Links(links, includeDirect: true))
                    {
                        Add(graph, link);
                    }
                }
            }

            fromFrontier = expandFrom ? Next(graph, fromFrontier, fromSide) : fromFrontier;
            toFrontier = expandTo ? Next(graph, toFrontier, toSide) : toFrontier;
            if (remaining == 0)
            {
                break;
            }

            (expandFrom, expandTo) = remaining >= 2 ? (true, true) : (fromFrontier.Count <= toFrontier.Count, fromFrontier.Count > toFrontier.Count);
            remaining -= expandFrom && expandTo ? 2 : 1;
        }

        return BestPaths(graph, fromId, toId, maxHops, first);
    }

    private static void CheckFound(IReadOnlyDictionary<string, ActorLinks> answer, string fromId, string toId)
    {
        var missing = new[] { (Id: fromId, Role: "from"), (Id: toId, Role: "to") }.Where(end => !answer.ContainsKey(end.Id)).ToArray();
        if (missing.Length > 0)
        {
            var names = missing.Length == 2 && fromId == toId
                ? $"'{fromId}'"
                : string.Join(" and ", missing.Select(m => $"'{m.Id}' ({m.Role})"));
            throw new GraphStoreException(GraphErrorCodes.NodeNotFound, $"No actor of the graph has the id {names}.");
        }
    }

    private static void Add(Dictionary<string, Dictionary<string, CooperationLink>> graph, CooperationLink link)
    {
        Neighbours(graph, link.FromId).TryAdd(link.ToId, link);
        Neighbours(graph, link.ToId).TryAdd(link.FromId, link.Reversed());
    }

    private static Dictionary<string, CooperationLink> Neighbours(Dictionary<string, Dictionary<string, CooperationLink>> graph, string id)
    {
        if (!graph.TryGetValue(id, out var neighbours))
        {
            graph.Add(id, neighbours = new(StringComparer.Ordinal));
        }

        return neighbours;
    }

    private static List<string> Next(Dictionary<string, Dictionary<string, CooperationLink>> graph, List<string> frontier, HashSet<string> seen)
    {
        var next = new List<string>();
        foreach (var id in frontier)
        {
            if (graph.TryGetValue(id, out var neighbours))
            {
                next.AddRange(neighbours.Keys.Where(seen.Add));
            }
        }

        next.Sort(StringComparer.Ordinal);
        return next;
    }

    /// <summary>
    /// Best-first over the links read: a partial path's strength only falls as it grows (every link is at most 1) and its
    /// length and id sequence only grow, so paths leave the queue in the answer's order and the first complete ones are
    /// the best. Children are made lazily, one at a time in their order (a node's links by strength, then id), so a hub
    /// with hundreds of equally strong links costs one queue entry per path taken, not one per link. A node joins a path
    /// only if 'to' is still within reach of it in the hops left.
    /// </summary>
    private static List<CooperationPath> BestPaths(
        Dictionary<string, Dictionary<string, CooperationLink>> graph, string fromId, string toId, int maxHops, int first)
    {
        var distance = DistancesTo(graph, toId, maxHops);
        var result = new List<CooperationPath>();
        if (!distance.TryGetValue(fromId, out var d) || d > maxHops)
        {
            return result;
        }

        var ordered = new Dictionary<string, CooperationLink[]>(StringComparer.Ordinal);
        var queue = new PriorityQueue<Pending, Partial>(PartialOrder.Instance);
        PushChild(new Partial([fromId], [], 1.0), 0);
        var steps = 0;
        while (queue.TryDequeue(out var pending, out _) && steps++ < MaxSearchSteps)
        {
            PushChild(pending.Parent, pending.Index + 1);
            var path = pending.Child;
            if (path.Ids[^1] == toId)
            {
                result.Add(new CooperationPath(path.Ids, path.Links, path.Strength));
                if (result.Count == first)
                {
                    break;
                }

                continue;
            }

            PushChild(path, 0);
        }

        return result;

        // Queues the parent's first admissible child from link 'from' on, keyed by that child.
        void PushChild(Partial parent, int from)
        {
            var last = parent.Ids[^1];
            if (!ordered.TryGetValue(last, out var links))
            {
                links = graph.TryGetValue(last, out var neighbours)
                    ? [.. neighbours.Values.OrderByDescending(l => l.Strength).ThenBy(l => l.ToId, StringComparer.Ordinal)]
                    : [];
                ordered.Add(last, links);
            }

            var hops = parent.Links.Length;
            for (var i = from; i < links.Length; i++)
            {
                var link = links[i];
                if (distance.TryGetValue(link.ToId, out var left) && hops + 1 + left <= maxHops && !parent.Ids.Contains(link.ToId))
                {
                    var child = new Partial([.. parent.Ids, link.ToId], [.. parent.Links, link], parent.Strength * link.Strength);
                    queue.Enqueue(new Pending(parent, i, child), child);
                    return;
                }
            }
        }
    }

    /// <summary>Hops from every node within <paramref name="limit"/> of <paramref name="toId"/> over the links read.</summary>
    private static Dictionary<string, int> DistancesTo(Dictionary<string, Dictionary<string, CooperationLink>> graph, string toId, int limit)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [toId] = 0 };
        var frontier = new List<string> { toId };
        for (var hops = 1; hops <= limit && frontier.Count > 0; hops++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                if (graph.TryGetValue(id, out var neighbours))
                {
                    foreach (var neighbour in neighbours.Keys)
                    {
                        if (distance.TryAdd(neighbour, hops))
                        {
                            next.Add(neighbour);
                        }
                    }
                }
            }

            frontier = next;
        }

        return distance;
    }

    private static WeightedEntry Weighted(string entryId, int? year, Evidence from, Evidence to) =>
        new(entryId, year, EvidenceWeights.Shared(from, to), from, to);

    private sealed record Partial(string[] Ids, CooperationLink[] Links, double Strength);

    /// <summary>The child a parent makes with its link <see cref="Index"/> (in the parent's link order), not yet taken.</summary>
    private sealed record Pending(Partial Parent, int Index, Partial Child);

    /// <summary>Strongest first, then fewer links, then the ids along the way (ordinal, a prefix first).</summary>
    private sealed class PartialOrder : IComparer<Partial>
    {
        public static readonly PartialOrder Instance = new();

        public int Compare(Partial? x, Partial? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var byStrength = y.Strength.CompareTo(x.Strength);
            if (byStrength != 0)
            {
                return byStrength;
            }

            var byLength = x.Links.Length.CompareTo(y.Links.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            for (var i = 0; i < Math.Min(x.Ids.Length, y.Ids.Length); i++)
            {
                var byId = string.CompareOrdinal(x.Ids[i], y.Ids[i]);
                if (byId != 0)
                {
                    return byId;
                }
            }

            return x.Ids.Length.CompareTo(y.Ids.Length);
        }
    }

    /// <summary>Strongest first, then more entries, then partner id.</summary>
    private sealed class PartnerOrder : IComparer<CooperationLink>
    {
        public static readonly PartnerOrder Instance = new();

        public int Compare(CooperationLink? x, CooperationLink? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var c = y.Strength.CompareTo(x.Strength);
            c = c != 0 ? c : y.Count.CompareTo(x.Count);
            return c != 0 ? c : string.CompareOrdinal(x.ToId, y.ToId);
        }
    }

    /// <summary>Strongest first, then the most recent (undated last), then entry id.</summary>
    private sealed class EntryOrder : IComparer<WeightedEntry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(WeightedEntry? x, WeightedEntry? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var c = y.Weight.CompareTo(x.Weight);
            c = c != 0 ? c : (y.Year ?? int.MinValue).CompareTo(x.Year ?? int.MinValue);
            return c != 0 ? c : string.CompareOrdinal(x.EntryId, y.EntryId);
        }
    }
}
