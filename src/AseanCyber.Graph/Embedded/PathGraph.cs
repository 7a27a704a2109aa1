using System.Collections.Immutable;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// The relationships as an undirected adjacency structure keyed by node id, for path search. A depth-first walk takes
/// each node's neighbours in id order (ordinal), so it meets paths of one length in the order of their node-id sequences.
/// Two nodes are joined by at most one relationship (the node types fix its type); when the data links a pair twice (two
/// roles, two mentions) the first link in import order explains the step.
/// Immutable and cheap to derive: a node's relationships are kept in chunks by source (the profile whose entries or
/// membership make them, or the place whose country it is), so an import replaces its own chunks at the nodes it touches
/// (a hub costs one chunk, not its whole list), and a node's list in id order is merged once, when a search first needs it.
/// </summary>
internal sealed class PathGraph
{
    public static readonly PathGraph Empty = new(ImmutableDictionary.Create<string, Adjacency>(StringComparer.Ordinal));

    private readonly ImmutableDictionary<string, Adjacency> _adjacency;

    private PathGraph(ImmutableDictionary<string, Adjacency> adjacency) => _adjacency = adjacency;

    /// <summary>A stored relationship, in its direction.</summary>
    public readonly record struct Link(string From, string Relationship, string To, string? Evidence);

    private readonly record struct Hop(string To, string Relationship, bool Forward, string? Evidence);

    public Editor Edit() => new(this);

    /// <summary>
    /// Replaces sources' chunks: <see cref="Clear"/> every node a source reached before, then <see cref="Add"/> what it
    /// links now; a chunk left empty is dropped.
    /// </summary>
    public sealed class Editor(PathGraph graph)
    {
        private readonly Dictionary<string, Dictionary<string, List<Hop>>> _chunks = new(StringComparer.Ordinal);

        public void Clear(string node, string source) => ChunkOf(node, source);

        public void Add(string source, Link link)
        {
            ChunkOf(link.From, source).Add(new Hop(link.To, link.Relationship, Forward: true, link.Evidence));
            ChunkOf(link.To, source).Add(new Hop(link.From, link.Relationship, Forward: false, link.Evidence));
        }

        public PathGraph Commit()
        {
            if (_chunks.Count == 0)
            {
                return graph;
            }

            var adjacency = graph._adjacency.ToBuilder();
            foreach (var (node, bySource) in _chunks)
            {
                var next = (adjacency.TryGetValue(node, out var old) ? old : Adjacency.Empty).With(bySource);
                if (next is null)
                {
                    adjacency.Remove(node);
                }
                else
                {
                    adjacency[node] = next;
                }
            }

            return new PathGraph(adjacency.ToImmutable());
        }

        private List<Hop> ChunkOf(string node, string source)
        {
            if (!_chunks.TryGetValue(node, out var bySource))
            {
                _chunks.Add(node, bySource = new Dictionary<string, List<Hop>>(StringComparer.Ordinal));
            }

            if (!bySource.TryGetValue(source, out var hops))
            {
                bySource.Add(source, hops = []);
            }

            return hops;
        }
    }

    /// <summary>One node's relationships: chunks by source, each sorted by neighbour id with one hop per neighbour.</summary>
    private sealed class Adjacency
    {
        public static readonly Adjacency Empty = new([]);

        private readonly (string Source, Hop[] Hops)[] _chunks;
        private Hop[]? _sorted;

        private Adjacency((string Source, Hop[] Hops)[] chunks) => _chunks = chunks;

        /// <summary>Every hop in neighbour id order, merged on first use (then shared by every snapshot holding this node).</summary>
        public Hop[] Sorted
        {
            get
            {
                if (_sorted is { } sorted)
                {
                    return sorted;
                }

                if (_chunks.Length == 1)
                {
                    return _sorted = _chunks[0].Hops;
                }

                var all = _chunks.SelectMany(c => c.Hops).ToArray();
                Array.Sort(all, static (a, b) => string.CompareOrdinal(a.To, b.To));
                return _sorted = all;
            }
        }

        /// <summary>Every hop, in no particular order (what a breadth-first pass needs).</summary>
        public IEnumerable<Hop> All => _sorted ?? _chunks.SelectMany(c => c.Hops);

        /// <summary>These chunks with <paramref name="replaced"/>'s; null when none is left.</summary>
        public Adjacency? With(Dictionary<string, List<Hop>> replaced)
        {
            var chunks = new List<(string Source, Hop[] Hops)>(_chunks.Length + replaced.Count);
            chunks.AddRange(_chunks.Where(c => !replaced.ContainsKey(c.Source)));
            foreach (var (source, hops) in replaced)
            {
                if (hops.Count > 0)
                {
                    chunks.Add((source, SortedUnique(hops)));
                }
            }

            if (chunks.Count == 0)
            {
                return null;
            }

            chunks.Sort(static (a, b) => string.CompareOrdinal(a.Source, b.Source));
            return new Adjacency([.. chunks]);
        }

        /// <summary>By neighbour id; a neighbour reached twice keeps the hop added first.</summary>
        private static Hop[] SortedUnique(List<Hop> hops)
        {
            var ordered = hops.Select((hop, order) => (Hop: hop, Order: order)).ToArray();
            Array.Sort(ordered, static (a, b) => string.CompareOrdinal(a.Hop.To, b.Hop.To) is var c && c != 0 ? c : a.Order.CompareTo(b.Order));
            var result = new List<Hop>(ordered.Length);
            foreach (var (hop, _) in ordered)
            {
                if (result.Count == 0 || !string.Equals(result[^1].To, hop.To, StringComparison.Ordinal))
                {
                    result.Add(hop);
                }
            }

            return [.. result];
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
            if (next > maxHops || !_adjacency.TryGetValue(node, out var adjacency))
            {
                continue;
            }

            foreach (var hop in adjacency.All)
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

            if (!graph._adjacency.TryGetValue(node, out var adjacency))
            {
                return;
            }

            var hops = adjacency.Sorted;
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
