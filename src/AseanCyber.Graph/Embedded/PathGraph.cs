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
            (adjacency[from] ??= []).Add(new Hop(to, link.Relationship, kind, Forward: true, link.Evidence, link.Permille));
            (adjacency[to] ??= []).Add(new Hop(from, link.Relationship, kind, Forward: false, link.Evidence, link.Permille));
        }

        _adjacency = new Neighbour[ids.Length][];
        for (var i = 0; i < ids.Length; i++)
        {
            // OrderByDescending is stable: among relationships of equal weight the first imported comes first.
            _adjacency[i] = adjacency[i] is { } hops
                ? [.. hops.GroupBy(h => h.To).Select(g => new Neighbour(g.Key, [.. g.OrderByDescending(h => h.Permille)])).OrderBy(n => n.To)]
                : [];
        }
    }

    /// <summary>A stored relationship, in its direction, with what it weighs in a path (<see cref="HopWeights"/>, thousandths).</summary>
    public readonly record struct Link(string From, string Relationship, string To, string? Evidence, int Permille);

    private readonly record struct Hop(int To, string Relationship, LinkKind Kind, bool Forward, string? Evidence, int Permille);

    /// <summary>A neighbour and the relationships that join it, strongest first.</summary>
    private sealed record Neighbour(int To, Hop[] Hops);

    /// <summary>
    /// The best <see cref="PathQuery.First"/> simple paths of at most <see cref="PathQuery.MaxHops"/> hops (no more than
    /// <see cref="HopWeights.MaxHops"/>) over the allowed relationships, ranked over all of them: strength, then length,
    /// then node ids. See <see cref="BestFirst"/>.
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

        var maxHops = Math.Min(Math.Min(query.MaxHops, HopWeights.MaxHops), _nodes.Length - 1);
        return new BestFirst(this, source, target, allowed, maxHops, cancellationToken).Take(query.First);
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
        private readonly int _source;
        private readonly int _target;
        private readonly bool[] _allowed;
        private readonly int _maxHops;
        private readonly CancellationToken _cancellationToken;
        private readonly int[] _distance;

        /// <summary>_reach[h][v]: the best product (thousandths) over walks of at most h hops from v to the target, a walk of k hops times 1000^(h - k).</summary>
        private readonly long[][] _reach;
        private readonly Dictionary<(int Node, int Depth), Step[]> _steps = [];
        private readonly PriorityQueue<Candidate, Candidate> _queue = new(CandidateOrder.Instance);

        public BestFirst(PathGraph graph, int source, int target, bool[] allowed, int maxHops, CancellationToken cancellationToken)
        {
            (_graph, _source, _target, _allowed, _maxHops, _cancellationToken) = (graph, source, target, allowed, maxHops, cancellationToken);
            _distance = DistancesToTarget();
            _reach = BestProducts();
        }

        /// <summary>
        /// A next step from a node at some depth: the neighbour, the strongest allowed hop, the best product it can lead to
        /// (see _reach) and the hops from the neighbour to the target at least.
        /// </summary>
        private readonly record struct Step(int To, Hop Hop, long Bound, int Rest);

        /// <summary>A path from the source: its nodes, the hops between them, the product of their weights.</summary>
        private sealed record Partial(int[] Nodes, Hop[] Hops, long Product);

        /// <summary>The <see cref="Index"/>-th next step of <see cref="From"/>, not taken yet, with its key.</summary>
        private sealed record Candidate(Partial From, int Index, long Bound, int MinLength, int To);

        public List<GraphPath> Take(int first)
        {
            var results = new List<GraphPath>(Math.Min(first, 100));
            if (_distance[_source] < 0)
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
                if (step.To == _target)
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
            foreach (var neighbour in _graph._adjacency[node])
            {
                var to = neighbour.To;
                var index = FirstAllowed(neighbour, _allowed);
                if (index < 0 || _distance[to] < 0 || _distance[to] > left || to == _source)
                {
                    continue;
                }

                var hop = neighbour.Hops[index];
                steps.Add(new Step(to, hop, hop.Permille * _reach[left][to], _distance[to]));
            }

            // Neighbours come in id order and List.Sort is not stable: the id is the last key.
            steps.Sort(static (a, b) => b.Bound != a.Bound ? b.Bound.CompareTo(a.Bound) : a.Rest != b.Rest ? a.Rest.CompareTo(b.Rest) : a.To.CompareTo(b.To));
            var result = steps.ToArray();
            _steps.Add((node, depth), result);
            return result;
        }

        private int[] DistancesToTarget()
        {
            var distance = new int[_graph._nodes.Length];
            Array.Fill(distance, -1);
            distance[_target] = 0;
            var queue = new Queue<int>();
            queue.Enqueue(_target);
            while (queue.TryDequeue(out var node))
            {
                var next = distance[node] + 1;
                if (next > _maxHops || (node == _source && node != _target))
                {
                    continue;
                }

                foreach (var neighbour in _graph._adjacency[node])
                {
                    if (distance[neighbour.To] < 0 && FirstAllowed(neighbour, _allowed) >= 0)
                    {
                        distance[neighbour.To] = next;
                        queue.Enqueue(neighbour.To);
                    }
                }
            }

            return distance;
        }

        private long[][] BestProducts()
        {
            var reach = new long[_maxHops + 1][];
            reach[0] = new long[_graph._nodes.Length];
            reach[0][_target] = 1;
            for (var h = 1; h <= _maxHops; h++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var previous = reach[h - 1];
                var current = new long[previous.Length];
                for (var v = 0; v < previous.Length; v++)
                {
                    if (_distance[v] < 0 || _distance[v] > h)
                    {
                        continue;
                    }

                    var best = previous[v] * 1000;
                    if (v != _target)
                    {
                        foreach (var neighbour in _graph._adjacency[v])
                        {
                            var index = FirstAllowed(neighbour, _allowed);
                            if (index >= 0 && _distance[neighbour.To] >= 0 && _distance[neighbour.To] < h)
                            {
                                best = Math.Max(best, neighbour.Hops[index].Permille * previous[neighbour.To]);
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
            var nodes = partial.Nodes.Select(n => _graph._nodes[n]).ToArray();
            var steps = new PathStep[partial.Hops.Length];
            for (var i = 0; i < steps.Length; i++)
            {
                var hop = partial.Hops[i];
                steps[i] = new PathStep(nodes[i], hop.Relationship, nodes[i + 1], hop.Forward, hop.Evidence, hop.Permille);
            }

            return new GraphPath(nodes, steps);
        }

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
                    if (a[i] != b[i])
                    {
                        return a[i].CompareTo(b[i]);
                    }
                }

                // One path's nodes begin the other's: compare the step's node with the other path's next node.
                var nextOfX = a.Length > common ? a[common] : x.To;
                var nextOfY = b.Length > common ? b[common] : y.To;
                return nextOfX != nextOfY ? nextOfX.CompareTo(nextOfY) : a.Length.CompareTo(b.Length);
            }
        }
    }
}
