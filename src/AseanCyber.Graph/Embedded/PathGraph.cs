using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// The relationships as an undirected adjacency structure over dense node numbers, for path search. Nodes are numbered
/// in ordinal id order, so comparing two paths' number sequences compares their id sequences. Each node lists its
/// neighbours, and for each neighbour every relationship joining the two, strongest first (the first imported among
/// equals): a hop between two nodes is explained by the strongest relationship the query allows.
/// </summary>
internal sealed class PathGraph
{
    private readonly INode[] _nodes;
    private readonly Dictionary<string, int> _numbers;
    private readonly Neighbour[][] _adjacency;

    public PathGraph(IReadOnlyDictionary<string, INode> nodes, IReadOnlyList<Link> links)
    {
        var ids = nodes.Keys.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        _nodes = new INode[ids.Length];
        _numbers = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            _nodes[i] = nodes[ids[i]];
            _numbers.Add(ids[i], i);
        }

        var adjacency = new List<Hop>[ids.Length];
        foreach (var link in links)
        {
            var from = _numbers[link.From];
            var to = _numbers[link.To];
            var kind = LinkKinds.TryParse(link.Relationship, out var k) ? k : throw new InvalidOperationException($"Unknown relationship {link.Relationship}.");
            (adjacency[from] ??= []).Add(new Hop(to, link.Relationship, kind, Forward: true, link.Evidence, link.Weight));
            (adjacency[to] ??= []).Add(new Hop(from, link.Relationship, kind, Forward: false, link.Evidence, link.Weight));
        }

        _adjacency = new Neighbour[ids.Length][];
        for (var i = 0; i < ids.Length; i++)
        {
            // OrderByDescending is stable: among relationships of equal weight the first imported comes first.
            _adjacency[i] = adjacency[i] is { } hops
                ? [.. hops.GroupBy(h => h.To)
                    .Select(g => new Neighbour(g.Key, [.. g.OrderByDescending(h => h.Weight)]))
                    .OrderByDescending(n => n.Hops[0].Weight)
                    .ThenBy(n => n.To)]
                : [];
        }
    }

    /// <summary>A stored relationship, in its direction, with what it weighs in a path (<see cref="HopWeights"/>).</summary>
    public readonly record struct Link(string From, string Relationship, string To, string? Evidence, double Weight);

    private readonly record struct Hop(int To, string Relationship, LinkKind Kind, bool Forward, string? Evidence, double Weight);

    /// <summary>A neighbour and the relationships that join it, strongest first.</summary>
    private sealed record Neighbour(int To, Hop[] Hops);

    /// <summary>
    /// The best <see cref="PathQuery.First"/> simple paths of at most <see cref="PathQuery.MaxHops"/> hops over the allowed
    /// relationships, ranked over all of them: strength, then length, then node ids. Depth-first walks, one per length from
    /// the shortest, pruned with an upper bound of what a partial path can still reach: the best product of weights from
    /// each node to the target within the hops left (computed hop by hop from the target, ignoring that paths must be
    /// simple, so never too low). Once 'first' paths are held, a partial path whose bound cannot beat the weakest of them
    /// is dropped, and so is a whole length whose bound cannot.
    /// </summary>
    /// <exception cref="GraphStoreException">NODE_NOT_FOUND when either end is not a node.</exception>
    public IReadOnlyList<GraphPath> FindPaths(PathQuery query, CancellationToken cancellationToken)
    {
        if (query.First <= 0 || query.MaxHops < 0)
        {
            return [];
        }

        var fromId = NodeIdSpelling.Canonical(query.FromId);
        var toId = NodeIdSpelling.Canonical(query.ToId);
        var hasSource = _numbers.TryGetValue(fromId, out var source);
        var hasTarget = _numbers.TryGetValue(toId, out var target);
        if (!hasSource || !hasTarget)
        {
            throw PathErrors.NodeNotFound(query, hasSource, hasTarget);
        }

        if (source == target)
        {
            return [new GraphPath([_nodes[source]], [])];
        }

        var allowed = new bool[Enum.GetValues<LinkKind>().Length];
        foreach (var kind in Enum.GetValues<LinkKind>())
        {
            allowed[(int)kind] = query.Via is null || query.Via.Contains(kind);
        }

        var maxHops = Math.Min(query.MaxHops, _nodes.Length - 1);
        var reach = BestTo(target, maxHops, allowed, cancellationToken);
        var search = new Search(this, target, reach, allowed, maxHops, query.First, cancellationToken);
        for (var length = 1; length <= maxHops; length++)
        {
            // A longer path may be stronger (reach grows with the hops allowed): every length is considered.
            if (reach[length][source] > 0 && search.MayEnter(reach[length][source], length))
            {
                search.Walk(source, length);
            }
        }

        return search.Results();
    }

    /// <summary>
    /// reach[h][v]: the best product of weights over the walks of at most h allowed hops from v to the target (0 when there
    /// is none): an upper bound of every simple path's, since simple paths are among the walks.
    /// </summary>
    private double[][] BestTo(int target, int maxHops, bool[] allowed, CancellationToken cancellationToken)
    {
        var reach = new double[maxHops + 1][];
        reach[0] = new double[_nodes.Length];
        reach[0][target] = 1;
        for (var h = 1; h <= maxHops; h++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var previous = reach[h - 1];
            var current = (double[])previous.Clone();
            for (var v = 0; v < _nodes.Length; v++)
            {
                if (previous[v] == 0)
                {
                    continue;
                }

                foreach (var neighbour in _adjacency[v])
                {
                    var index = FirstAllowed(neighbour, allowed);
                    if (index >= 0 && neighbour.Hops[index].Weight * previous[v] is var through && through > current[neighbour.To])
                    {
                        current[neighbour.To] = through;
                    }
                }
            }

            reach[h] = current;
        }

        return reach;
    }

    private static int FirstAllowed(Neighbour neighbour, bool[] allowed)
    {
        for (var i = 0; i < neighbour.Hops.Length; i++)
        {
            if (allowed[(int)neighbour.Hops[i].Kind])
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class Search(PathGraph graph, int target, double[][] reach, bool[] allowed, int maxHops, int first, CancellationToken cancellationToken)
    {
        /// <summary>
        /// Products of the same weights in another order may differ in the last bit: a bound is widened by this much so
        /// that it never falls below a path that ties with the weakest held (a tie the node ids may still win).
        /// </summary>
        private const double Slack = 1 + 1e-9;

        private readonly bool[] _onPath = new bool[graph._nodes.Length];
        private readonly int[] _nodes = new int[maxHops + 1];
        private readonly Hop[] _hops = new Hop[maxHops];

        /// <summary>The best paths so far, best first; at most <c>first</c>.</summary>
        private readonly List<Found> _best = [];
        private int _visits;

        private sealed record Found(double Strength, int[] Nodes, Hop[] Hops);

        /// <summary>Every simple path of exactly <paramref name="length"/> hops that may still rank among the best.</summary>
        public void Walk(int source, int length)
        {
            _nodes[0] = source;
            _onPath[source] = true;
            Extend(source, 0, length, 1.0);
            _onPath[source] = false;
        }

        public List<GraphPath> Results() => [.. _best.Select(Materialize)];

        /// <summary>
        /// Whether a path of at most <paramref name="bound"/> strength and <paramref name="length"/> hops may rank among the
        /// best held: with equal strength and length the node ids decide, so such a path may.
        /// </summary>
        public bool MayEnter(double bound, int length)
        {
            if (_best.Count < first)
            {
                return true;
            }

            var weakest = _best[^1];
            var widened = bound * Slack;
            return widened > weakest.Strength || (widened == weakest.Strength && length <= weakest.Nodes.Length - 1);
        }

        private void Extend(int node, int depth, int length, double strength)
        {
            if ((++_visits & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var remaining = length - depth - 1;
            var reachable = reach[remaining];
            foreach (var neighbour in graph._adjacency[node])
            {
                var next = neighbour.To;
                if (_onPath[next] || reachable[next] == 0 || (next == target) != (remaining == 0))
                {
                    continue;
                }

                var index = FirstAllowed(neighbour, allowed);
                if (index < 0)
                {
                    continue;
                }

                var hop = neighbour.Hops[index];
                var extended = strength * hop.Weight;
                if (!MayEnter(extended * reachable[next], length))
                {
                    continue;
                }

                _hops[depth] = hop;
                _nodes[depth + 1] = next;
                if (next == target)
                {
                    Offer(extended, length);
                }
                else
                {
                    _onPath[next] = true;
                    Extend(next, depth + 1, length, extended);
                    _onPath[next] = false;
                }
            }
        }

        private void Offer(double strength, int length)
        {
            var found = new Found(strength, _nodes[..(length + 1)], _hops[..length]);
            var at = _best.Count;
            while (at > 0 && Compare(found, _best[at - 1]) < 0)
            {
                at--;
            }

            if (at >= first)
            {
                return;
            }

            _best.Insert(at, found);
            if (_best.Count > first)
            {
                _best.RemoveAt(_best.Count - 1);
            }
        }

        /// <summary>Stronger first, then shorter, then by node numbers (ordinal ids).</summary>
        private static int Compare(Found a, Found b)
        {
            var byStrength = b.Strength.CompareTo(a.Strength);
            if (byStrength != 0)
            {
                return byStrength;
            }

            var byLength = a.Nodes.Length.CompareTo(b.Nodes.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            for (var i = 0; i < a.Nodes.Length; i++)
            {
                var byNode = a.Nodes[i].CompareTo(b.Nodes[i]);
                if (byNode != 0)
                {
                    return byNode;
                }
            }

            return 0;
        }

        private GraphPath Materialize(Found found)
        {
            var nodes = new INode[found.Nodes.Length];
            var steps = new PathStep[found.Hops.Length];
            nodes[0] = graph._nodes[found.Nodes[0]];
            for (var i = 0; i < steps.Length; i++)
            {
                nodes[i + 1] = graph._nodes[found.Nodes[i + 1]];
                var hop = found.Hops[i];
                steps[i] = new PathStep(nodes[i], hop.Relationship, nodes[i + 1], hop.Forward, hop.Evidence, hop.Weight);
            }

            return new GraphPath(nodes, steps);
        }
    }
}
