using System.Collections.Immutable;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// The relationships as an undirected adjacency structure keyed by node id, for path search. Each node lists its
/// neighbours in id order (ordinal), and for each neighbour every relationship joining the two, strongest first (the
/// first imported among equals): a hop between two nodes is explained by the strongest relationship the query allows.
/// Immutable and cheap to derive: a node's relationships are kept in chunks by source (the profile whose entries or
/// membership make them, or the place whose country it is), so an import replaces its own chunks at the nodes it touches
/// (a hub costs one chunk, not its whole list), and a node's list in id order is merged once, when a search first needs it.
/// </summary>
internal sealed class PathGraph
{
    public static readonly PathGraph Empty = new(ImmutableDictionary.Create<string, Adjacency>(StringComparer.Ordinal));

    private readonly ImmutableDictionary<string, Adjacency> _adjacency;

    private PathGraph(ImmutableDictionary<string, Adjacency> adjacency) => _adjacency = adjacency;

    /// <summary>A stored relationship, in its direction, with what it weighs in a path (<see cref="HopWeights"/>, thousandths).</summary>
    public readonly record struct Link(string From, string Relationship, string To, string? Evidence, int Permille);

    private readonly record struct Hop(string To, string Relationship, LinkKind Kind, bool Forward, string? Evidence, int Permille);

    /// <summary>A neighbour and the relationships that join it, strongest first.</summary>
    private sealed record Neighbour(string To, Hop[] Hops);

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
            var kind = LinkKinds.TryParse(link.Relationship, out var k) ? k : throw new InvalidOperationException($"Unknown relationship {link.Relationship}.");
            ChunkOf(link.From, source).Add(new Hop(link.To, link.Relationship, kind, Forward: true, link.Evidence, link.Permille));
            ChunkOf(link.To, source).Add(new Hop(link.From, link.Relationship, kind, Forward: false, link.Evidence, link.Permille));
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

    /// <summary>One node's relationships: chunks by source, each in import order.</summary>
    private sealed class Adjacency
    {
        public static readonly Adjacency Empty = new([]);

        private readonly (string Source, Hop[] Hops)[] _chunks;
        private Neighbour[]? _neighbours;

        private Adjacency((string Source, Hop[] Hops)[] chunks) => _chunks = chunks;

        /// <summary>
        /// The neighbours in id order, each with its relationships strongest first (the first imported among equals),
        /// merged on first use and then shared by every snapshot holding this node.
        /// </summary>
        public Neighbour[] Neighbours => _neighbours ??=
        [
            .. _chunks.SelectMany(c => c.Hops)
                .GroupBy(h => h.To, StringComparer.Ordinal)
                .Select(g => new Neighbour(g.Key, [.. g.OrderByDescending(h => h.Permille)]))
                .OrderBy(n => n.To, StringComparer.Ordinal),
        ];

        /// <summary>These chunks with <paramref name="replaced"/>'s; null when none is left.</summary>
        public Adjacency? With(Dictionary<string, List<Hop>> replaced)
        {
            var chunks = new List<(string Source, Hop[] Hops)>(_chunks.Length + replaced.Count);
            chunks.AddRange(_chunks.Where(c => !replaced.ContainsKey(c.Source)));
            foreach (var (source, hops) in replaced)
            {
                if (hops.Count > 0)
                {
                    chunks.Add((source, [.. hops]));
                }
            }

            if (chunks.Count == 0)
            {
                return null;
            }

            chunks.Sort(static (a, b) => string.CompareOrdinal(a.Source, b.Source));
            return new Adjacency([.. chunks]);
        }
    }

    /// <summary>
    /// The best <see cref="PathQuery.First"/> simple paths of at most <see cref="PathQuery.MaxHops"/> hops (no more than
    /// <see cref="HopWeights.MaxHops"/>) over the allowed relationships, ranked over all of them: strength, then length,
    /// then node ids. See <see cref="BestFirst"/>.
    /// </summary>
    /// <param name="nodes">The graph's node of an id, or null.</param>
    /// <exception cref="GraphStoreException">NODE_NOT_FOUND when either end is not a node.</exception>
    public IReadOnlyList<GraphPath> FindPaths(PathQuery query, Func<string, INode?> nodes, CancellationToken cancellationToken)
    {
        if (query.First <= 0 || query.MaxHops < 0)
        {
            return [];
        }

        var fromId = NodeIdSpelling.Canonical(query.FromId);
        var toId = NodeIdSpelling.Canonical(query.ToId);
        var source = nodes(fromId);
        var target = nodes(toId);
        if (source is null || target is null)
        {
            throw PathErrors.NodeNotFound(query, source is not null, target is not null);
        }

        if (string.Equals(fromId, toId, StringComparison.Ordinal))
        {
            return [new GraphPath([source], [])];
        }

        var allowed = new bool[Enum.GetValues<LinkKind>().Length];
        foreach (var kind in Enum.GetValues<LinkKind>())
        {
            allowed[(int)kind] = query.Via is null || query.Via.Contains(kind);
        }

        // A simple path visits each linked node at most once.
        var maxHops = Math.Min(Math.Min(query.MaxHops, HopWeights.MaxHops), Math.Max(_adjacency.Count - 1, 0));
        return new BestFirst(this, fromId, toId, allowed, maxHops, nodes, cancellationToken).Take(query.First);
    }

    private Neighbour[] NeighboursOf(string node) => _adjacency.TryGetValue(node, out var adjacency) ? adjacency.Neighbours : [];

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

    /// <summary>
    /// Paths in rank order, lazily: a best-first search over partial paths keyed by what they can still become, an upper
    /// bound of their strength (the product so far times the best product of weights from their end to the target within
    /// the hops left, over walks, which include every simple path), then the fewest hops they need, then their ids. A
    /// partial path ranks no better than its key, so the complete paths come out in rank order and the search stops after
    /// 'first'. Each node's next steps are sorted once per depth by that key, and a partial path enters the queue one next
    /// step at a time (the best; its siblings follow as it leaves), so a hub with thousands of entries costs a sort, not
    /// thousands of queue entries per visit.
    /// </summary>
    private sealed class BestFirst
    {
        private readonly PathGraph _graph;
        private readonly string _source;
        private readonly string _target;
        private readonly bool[] _allowed;
        private readonly int _maxHops;
        private readonly Func<string, INode?> _nodes;
        private readonly CancellationToken _cancellationToken;

        /// <summary>The nodes within reach of the target (at most maxHops allowed hops), numbered in the order found.</summary>
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        /// <summary>By node number: the fewest allowed hops to the target.</summary>
        private readonly List<int> _distance = [];

        /// <summary>
        /// By node number, for the nodes nearer than maxHops: the allowed neighbours within reach and the weight of the
        /// strongest allowed hop to each, so the bound below is computed over arrays, not the graph's id-keyed maps.
        /// </summary>
        private readonly List<(int To, int Permille)[]> _near = [];
        private readonly List<string> _ids = [];

        /// <summary>_reach[h][v]: the best product (thousandths) over walks of at most h hops from v to the target, a walk of k hops times 1000^(h - k).</summary>
        private readonly long[][] _reach;
        private readonly Dictionary<(string Node, int Depth), Step[]> _steps = [];
        private readonly PriorityQueue<Candidate, Candidate> _queue = new(CandidateOrder.Instance);

        public BestFirst(PathGraph graph, string source, string target, bool[] allowed, int maxHops, Func<string, INode?> nodes, CancellationToken cancellationToken)
        {
            (_graph, _source, _target, _allowed, _maxHops, _nodes, _cancellationToken) = (graph, source, target, allowed, maxHops, nodes, cancellationToken);
            FindNodesInReach();
            _reach = BestProducts();
        }

        /// <summary>
        /// A next step from a node at some depth: the neighbour, the strongest allowed hop, the best product it can lead to
        /// (see _reach) and the hops from the neighbour to the target at least.
        /// </summary>
        private readonly record struct Step(string To, Hop Hop, long Bound, int Rest);

        /// <summary>A path from the source: its nodes, the hops between them, the product of their weights.</summary>
        private sealed record Partial(string[] Nodes, Hop[] Hops, long Product);

        /// <summary>The <see cref="Index"/>-th next step of <see cref="From"/>, not taken yet, with its key.</summary>
        private sealed record Candidate(Partial From, int Index, long Bound, int MinLength, string To);

        public List<GraphPath> Take(int first)
        {
            var results = new List<GraphPath>(Math.Min(first, 100));
            if (!_index.ContainsKey(_source))
            {
                return results;
            }

            Enqueue(new Partial([_source], [], 1), 0);
            var pops = 0;
            while (results.Count < first && _queue.TryDequeue(out var candidate, out _))
            {
                if ((++pops & 0xFFF) == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                var from = candidate.From;
                var step = StepsOf(from)[candidate.Index];
                Enqueue(from, candidate.Index + 1);
                var partial = new Partial([.. from.Nodes, step.To], [.. from.Hops, step.Hop], from.Product * step.Hop.Permille);
                if (string.Equals(step.To, _target, StringComparison.Ordinal))
                {
                    results.Add(Materialize(partial));
                }
                else
                {
                    Enqueue(partial, 0);
                }
            }

            return results;
        }

        /// <summary>Queues the first next step of <paramref name="from"/> at or after <paramref name="index"/> that leaves the path simple.</summary>
        private void Enqueue(Partial from, int index)
        {
            var steps = StepsOf(from);
            while (index < steps.Length && Array.IndexOf(from.Nodes, steps[index].To) >= 0)
            {
                index++;
            }

            if (index < steps.Length)
            {
                var step = steps[index];
                var candidate = new Candidate(from, index, from.Product * step.Bound, from.Nodes.Length + step.Rest, step.To);
                _queue.Enqueue(candidate, candidate);
            }
        }

        /// <summary>The next steps from a path's end, best first: by bound, then the hops still needed, then the neighbour's id.</summary>
        private Step[] StepsOf(Partial partial)
        {
            var node = partial.Nodes[^1];
            var depth = partial.Nodes.Length - 1;
            if (_steps.TryGetValue((node, depth), out var cached))
            {
                return cached;
            }

            var left = _maxHops - depth - 1;
            var steps = new List<Step>();
            foreach (var neighbour in _graph.NeighboursOf(node))
            {
                var to = neighbour.To;
                var index = FirstAllowed(neighbour, _allowed);
                if (index < 0 || !_index.TryGetValue(to, out var number) || _distance[number] > left || string.Equals(to, _source, StringComparison.Ordinal))
                {
                    continue;
                }

                var hop = neighbour.Hops[index];
                steps.Add(new Step(to, hop, hop.Permille * _reach[left][number], _distance[number]));
            }

            // Neighbours come in id order and List.Sort is not stable: the id is the last key.
            steps.Sort(static (a, b) => b.Bound != a.Bound ? b.Bound.CompareTo(a.Bound) : a.Rest != b.Rest ? a.Rest.CompareTo(b.Rest) : string.CompareOrdinal(a.To, b.To));
            var result = steps.ToArray();
            _steps.Add((node, depth), result);
            return result;
        }

        /// <summary>Breadth-first from the target over allowed hops, not through the source: numbers, distances and near lists.</summary>
        private void FindNodesInReach()
        {
            Number(_target, 0);
            for (var node = 0; node < _distance.Count; node++)
            {
                var id = IdOf(node);
                var next = _distance[node] + 1;
                if (next > _maxHops || (string.Equals(id, _source, StringComparison.Ordinal) && node != 0))
                {
                    _near.Add([]);
                    continue;
                }

                var near = new List<(int To, int Permille)>();
                foreach (var neighbour in _graph.NeighboursOf(id))
                {
                    var index = FirstAllowed(neighbour, _allowed);
                    if (index >= 0)
                    {
                        var to = _index.TryGetValue(neighbour.To, out var known) ? known : Number(neighbour.To, next);
                        near.Add((to, neighbour.Hops[index].Permille));
                    }
                }

                _near.Add([.. near]);
            }
        }

        private int Number(string id, int distance)
        {
            _index.Add(id, _distance.Count);
            _ids.Add(id);
            _distance.Add(distance);
            return _distance.Count - 1;
        }

        private string IdOf(int node) => _ids[node];

        private long[][] BestProducts()
        {
            // Only reach[h] for h < maxHops is ever read (a step leaves at least one hop behind it).
            var levels = Math.Max(_maxHops, 1);
            var reach = new long[levels][];
            reach[0] = new long[_distance.Count];
            reach[0][0] = 1;
            for (var h = 1; h < levels; h++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var previous = reach[h - 1];
                var current = new long[previous.Length];
                for (var v = 0; v < current.Length; v++)
                {
                    if (_distance[v] > h)
                    {
                        continue;
                    }

                    var best = previous[v] * 1000;
                    if (v != 0)
                    {
                        foreach (var (to, permille) in _near[v])
                        {
                            if (_distance[to] < h)
                            {
                                best = Math.Max(best, permille * previous[to]);
                            }
                        }
                    }

                    current[v] = best;
                }

                reach[h] = current;
            }

            return reach;
        }

        private GraphPath Materialize(Partial partial)
        {
            var nodes = partial.Nodes.Select(Node).ToArray();
            var steps = new PathStep[partial.Hops.Length];
            for (var i = 0; i < steps.Length; i++)
            {
                var hop = partial.Hops[i];
                steps[i] = new PathStep(nodes[i], hop.Relationship, nodes[i + 1], hop.Forward, hop.Evidence, hop.Permille);
            }

            return new GraphPath(nodes, steps);
        }

        private INode Node(string id) => _nodes(id) ?? throw new InvalidOperationException($"The path graph links {id}, which the snapshot does not hold.");

        /// <summary>Rank order of candidates: higher bound, then fewer hops needed, then the ids of the path with the step.</summary>
        private sealed class CandidateOrder : IComparer<Candidate>
        {
            public static readonly CandidateOrder Instance = new();

            public int Compare(Candidate? x, Candidate? y)
            {
                if (x is null || y is null)
                {
                    return x is null ? (y is null ? 0 : 1) : -1;
                }

                if (x.Bound != y.Bound)
                {
                    return y.Bound.CompareTo(x.Bound);
                }

                if (x.MinLength != y.MinLength)
                {
                    return x.MinLength.CompareTo(y.MinLength);
                }

                var (a, b) = (x.From.Nodes, y.From.Nodes);
                var common = Math.Min(a.Length, b.Length);
                for (var i = 0; i < common; i++)
                {
                    if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
                    {
                        return string.CompareOrdinal(a[i], b[i]);
                    }
                }

                // One path's nodes begin the other's: compare the step's node with the other path's next node.
                var nextOfX = a.Length > common ? a[common] : x.To;
                var nextOfY = b.Length > common ? b[common] : y.To;
                return !string.Equals(nextOfX, nextOfY, StringComparison.Ordinal) ? string.CompareOrdinal(nextOfX, nextOfY) : a.Length.CompareTo(b.Length);
            }
        }
    }
}
