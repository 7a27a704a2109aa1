using System.Collections.Immutable;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// The relationships as an undirected adjacency structure keyed by node id, for path search. Every adjacency list is
/// sorted by neighbour id (ordinal), so a depth-first walk meets paths of one length in the order of their node-id
/// sequences. Two nodes are joined by at most one relationship (the node types fix its type); when the data links a pair
/// twice (two roles, two mentions) the first link in import order explains the step. Immutable: an <see cref="Editor"/>
/// rewrites only the lists of the nodes an import touches.
/// </summary>
internal sealed class PathGraph
{
    public static readonly PathGraph Empty = new(ImmutableDictionary.Create<string, Hop[]>(StringComparer.Ordinal));

    private readonly ImmutableDictionary<string, Hop[]> _adjacency;

    private PathGraph(ImmutableDictionary<string, Hop[]> adjacency) => _adjacency = adjacency;

    /// <summary>A stored relationship, in its direction.</summary>
    public readonly record struct Link(string From, string Relationship, string To, string? Evidence);

    private readonly record struct Hop(string To, string Relationship, bool Forward, string? Evidence);

    public Editor Edit() => new(this);

    /// <summary>
    /// Relationships removed and added by one batch of imports. A pair of nodes has one source of links (an entry, a
    /// profile's membership, a place's country), so removing a pair and adding it again is how a re-import replaces it.
    /// </summary>
    public sealed class Editor(PathGraph graph)
    {
        private readonly Dictionary<string, Change> _changes = new(StringComparer.Ordinal);

        public void Remove(Link link)
        {
            ChangeOf(link.From).Removed.Add(link.To);
            ChangeOf(link.To).Removed.Add(link.From);
        }

        public void Add(Link link)
        {
            ChangeOf(link.From).Added.Add(new Hop(link.To, link.Relationship, Forward: true, link.Evidence));
            ChangeOf(link.To).Added.Add(new Hop(link.From, link.Relationship, Forward: false, link.Evidence));
        }

        public PathGraph Commit()
        {
            if (_changes.Count == 0)
            {
                return graph;
            }

            var adjacency = graph._adjacency.ToBuilder();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (node, change) in _changes)
            {
                var hops = new List<Hop>();
                seen.Clear();
                if (adjacency.TryGetValue(node, out var old))
                {
                    foreach (var hop in old)
                    {
                        if (!change.Removed.Contains(hop.To) && seen.Add(hop.To))
                        {
                            hops.Add(hop);
                        }
                    }
                }

                foreach (var hop in change.Added)
                {
                    if (seen.Add(hop.To))
                    {
                        hops.Add(hop);
                    }
                }

                if (hops.Count == 0)
                {
                    adjacency.Remove(node);
                    continue;
                }

                var array = hops.ToArray();
                Array.Sort(array, static (a, b) => string.CompareOrdinal(a.To, b.To));
                adjacency[node] = array;
            }

            return new PathGraph(adjacency.ToImmutable());
        }

        private Change ChangeOf(string node)
        {
            if (!_changes.TryGetValue(node, out var change))
            {
                _changes.Add(node, change = new Change());
            }

            return change;
        }

        private sealed class Change
        {
            public HashSet<string> Removed { get; } = new(StringComparer.Ordinal);

            public List<Hop> Added { get; } = [];
        }
    }

    /// <summary>
    /// Up to <paramref name="first"/> simple paths of at most <paramref name="maxHops"/> hops, by length, then by node-id sequence.
    /// Distances to the target (breadth-first, bounded by <paramref name="maxHops"/>) prune a depth-first walk per length,
    /// so hubs are only crossed when a path through them can still reach the target in time.
    /// </summary>
    /// <param name="nodes">The graph's node of an id, or null.</param>
    public IReadOnlyList<GraphPath> FindPaths(
        string fromId,
        string toId,
        int maxHops,
        int first,
        Func<string, INode?> nodes,
        CancellationToken cancellationToken)
    {
        if (first <= 0 || maxHops < 0 || nodes(fromId) is not { } source || nodes(toId) is null)
        {
            return [];
        }

        if (string.Equals(fromId, toId, StringComparison.Ordinal))
        {
            return [new GraphPath([source], [])];
        }

        // A simple path visits each linked node at most once.
        maxHops = Math.Min(maxHops, Math.Max(_adjacency.Count - 1, 0));
        var distance = DistancesTo(toId, maxHops);
        if (!distance.TryGetValue(fromId, out var shortest))
        {
            return [];
        }

        var search = new Search(this, toId, distance, maxHops, first, nodes, cancellationToken);
        for (var length = shortest; length <= maxHops && !search.IsFull; length++)
        {
            search.Walk(fromId, length);
        }

        return search.Results;
    }

    private Dictionary<string, int> DistancesTo(string target, int maxHops)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [target] = 0 };
        var queue = new Queue<string>();
        queue.Enqueue(target);
        while (queue.TryDequeue(out var node))
        {
            var next = distance[node] + 1;
            if (next > maxHops || !_adjacency.TryGetValue(node, out var hops))
            {
                continue;
            }

            foreach (var hop in hops)
            {
                if (distance.TryAdd(hop.To, next))
                {
                    queue.Enqueue(hop.To);
                }
            }
        }

        return distance;
    }

    private sealed class Search(
        PathGraph graph,
        string target,
        Dictionary<string, int> distance,
        int maxHops,
        int first,
        Func<string, INode?> nodes,
        CancellationToken cancellationToken)
    {
        private readonly HashSet<string> _onPath = new(StringComparer.Ordinal);
        private readonly string[] _path = new string[maxHops + 1];
        private readonly Hop[] _hops = new Hop[maxHops];
        private int _visits;

        public List<GraphPath> Results { get; } = [];

        public bool IsFull => Results.Count >= first;

        public void Walk(string source, int length)
        {
            _path[0] = source;
            _onPath.Add(source);
            Extend(source, 0, length);
            _onPath.Remove(source);
        }

        private void Extend(string node, int depth, int length)
        {
            if ((++_visits & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!graph._adjacency.TryGetValue(node, out var hops))
            {
                return;
            }

            var remaining = length - depth - 1;
            foreach (var hop in hops)
            {
                var next = hop.To;
                var isTarget = string.Equals(next, target, StringComparison.Ordinal);
                if (!distance.TryGetValue(next, out var d) || d > remaining || (isTarget && remaining > 0) || _onPath.Contains(next))
                {
                    continue;
                }

                _hops[depth] = hop;
                _path[depth + 1] = next;
                if (isTarget)
                {
                    Results.Add(Materialize(depth + 1));
                }
                else
                {
                    _onPath.Add(next);
                    Extend(next, depth + 1, length);
                    _onPath.Remove(next);
                }

                if (IsFull)
                {
                    return;
                }
            }
        }

        private GraphPath Materialize(int length)
        {
            var path = new INode[length + 1];
            var steps = new PathStep[length];
            path[0] = Node(_path[0]);
            for (var i = 0; i < length; i++)
            {
                path[i + 1] = Node(_path[i + 1]);
                var hop = _hops[i];
                steps[i] = new PathStep(path[i], hop.Relationship, path[i + 1], hop.Forward, hop.Evidence);
            }

            return new GraphPath(path, steps);
        }

        private INode Node(string id) => nodes(id) ?? throw new InvalidOperationException($"The path graph links {id}, which the snapshot does not hold.");
    }
}
