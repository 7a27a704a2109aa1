using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// The relationships as an undirected adjacency structure over dense node numbers, for path search. Nodes are numbered
/// in ordinal id order and every adjacency list is sorted by neighbour number, so a depth-first walk meets paths of one
/// length in the order of their node-id sequences. Two nodes are joined by at most one relationship (the node types
/// fix its type); when the data links a pair twice (two roles, two mentions) the first link in import order explains the step.
/// </summary>
internal sealed class PathGraph
{
    private readonly INode[] _nodes;
    private readonly Dictionary<string, int> _numbers;
    private readonly Hop[][] _adjacency;

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
        var joined = new HashSet<(int, int)>();
        foreach (var link in links)
        {
            var from = _numbers[link.From];
            var to = _numbers[link.To];
            if (joined.Add(from < to ? (from, to) : (to, from)))
            {
                (adjacency[from] ??= []).Add(new Hop(to, link.Relationship, Forward: true, link.Evidence));
                (adjacency[to] ??= []).Add(new Hop(from, link.Relationship, Forward: false, link.Evidence));
            }
        }

        _adjacency = new Hop[ids.Length][];
        for (var i = 0; i < ids.Length; i++)
        {
            var hops = adjacency[i]?.ToArray() ?? [];
            Array.Sort(hops, static (a, b) => a.To.CompareTo(b.To));
            _adjacency[i] = hops;
        }
    }

    /// <summary>A stored relationship, in its direction.</summary>
    public readonly record struct Link(string From, string Relationship, string To, string? Evidence);

    private readonly record struct Hop(int To, string Relationship, bool Forward, string? Evidence);

    /// <summary>
    /// Up to <paramref name="first"/> simple paths of at most <paramref name="maxHops"/> hops, by length, then by node-id sequence.
    /// Distances to the target (breadth-first, bounded by <paramref name="maxHops"/>) prune a depth-first walk per length,
    /// so hubs are only crossed when a path through them can still reach the target in time.
    /// </summary>
    public IReadOnlyList<GraphPath> FindPaths(string fromId, string toId, int maxHops, int first, CancellationToken cancellationToken)
    {
        if (first <= 0 || maxHops < 0 || !_numbers.TryGetValue(fromId, out var source) || !_numbers.TryGetValue(toId, out var target))
        {
            return [];
        }

        if (source == target)
        {
            return [new GraphPath([_nodes[source]], [])];
        }

        maxHops = Math.Min(maxHops, _nodes.Length - 1);
        var distance = DistancesTo(target, maxHops);
        if (distance[source] < 0)
        {
            return [];
        }

        var search = new Search(this, target, distance, maxHops, first, cancellationToken);
        for (var length = distance[source]; length <= maxHops && !search.IsFull; length++)
        {
            search.Walk(source, length);
        }

        return search.Results;
    }

    private int[] DistancesTo(int target, int maxHops)
    {
        var distance = new int[_nodes.Length];
        Array.Fill(distance, -1);
        distance[target] = 0;
        var queue = new Queue<int>();
        queue.Enqueue(target);
        while (queue.TryDequeue(out var node))
        {
            var next = distance[node] + 1;
            if (next > maxHops)
            {
                continue;
            }

            foreach (var hop in _adjacency[node])
            {
                if (distance[hop.To] < 0)
                {
                    distance[hop.To] = next;
                    queue.Enqueue(hop.To);
                }
            }
        }

        return distance;
    }

    private sealed class Search(PathGraph graph, int target, int[] distance, int maxHops, int first, CancellationToken cancellationToken)
    {
        private readonly bool[] _onPath = new bool[graph._nodes.Length];
        private readonly int[] _nodes = new int[maxHops + 1];
        private readonly Hop[] _hops = new Hop[maxHops];
        private int _visits;

        public List<GraphPath> Results { get; } = [];

        public bool IsFull => Results.Count >= first;

        public void Walk(int source, int length)
        {
            _nodes[0] = source;
            _onPath[source] = true;
            Extend(source, 0, length);
            _onPath[source] = false;
        }

        private void Extend(int node, int depth, int length)
        {
            if ((++_visits & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var remaining = length - depth - 1;
            foreach (var hop in graph._adjacency[node])
            {
                var next = hop.To;
                var d = distance[next];
                if (_onPath[next] || d < 0 || d > remaining || (next == target && remaining > 0))
                {
                    continue;
                }

                _hops[depth] = hop;
                _nodes[depth + 1] = next;
                if (next == target)
                {
                    Results.Add(Materialize(depth + 1));
                }
                else
                {
                    _onPath[next] = true;
                    Extend(next, depth + 1, length);
                    _onPath[next] = false;
                }

                if (IsFull)
                {
                    return;
                }
            }
        }

        private GraphPath Materialize(int length)
        {
            var nodes = new INode[length + 1];
            var steps = new PathStep[length];
            nodes[0] = graph._nodes[_nodes[0]];
            for (var i = 0; i < length; i++)
            {
                nodes[i + 1] = graph._nodes[_nodes[i + 1]];
                var hop = _hops[i];
                steps[i] = new PathStep(nodes[i], hop.Relationship, nodes[i + 1], hop.Forward, hop.Evidence);
            }

            return new GraphPath(nodes, steps);
        }
    }
}
