namespace AseanCyber.Testing.Cypher;

/// <summary>
/// Pattern matching by backtracking. Within one MATCH every relationship is used at most once (Neo4j's relationship
/// uniqueness, so variable-length parts are trails). Each part starts from a bound or the most selective node and grows
/// both ways from there; a variable-length relationship towards a bound node is pruned by that node's distance.
/// </summary>
internal sealed partial class Executor
{
    public IEnumerable<Row> MatchParts(IReadOnlyList<PatternPart> parts, Row row, Expr? where)
    {
        var binding = new Dictionary<string, object?>(row.Values, StringComparer.Ordinal);
        var state = new MatchState(binding, new HashSet<RelEntity>(ReferenceEqualityComparer.Instance), where);
        return MatchFrom(parts, 0, state);
    }

    private sealed class MatchState(Dictionary<string, object?> binding, HashSet<RelEntity> used, Expr? where)
    {
        public Dictionary<string, object?> Binding { get; } = binding;

        public HashSet<RelEntity> Used { get; } = used;

        public Expr? Where { get; } = where;

        public Dictionary<(long, int), Dictionary<long, int>> Distances { get; } = [];

        public Row View => new(Binding);
    }

    private IEnumerable<Row> MatchFrom(IReadOnlyList<PatternPart> parts, int index, MatchState state)
    {
        if (index == parts.Count)
        {
            yield return new Row(new Dictionary<string, object?>(state.Binding, StringComparer.Ordinal));
            yield break;
        }

        var part = parts[index];
        if (part.Selector != PathSelector.All)
        {
            foreach (var r in MatchShortest(parts, index, state))
            {
                yield return r;
            }

            yield break;
        }

        foreach (var _ in MatchPart(part, state))
        {
            foreach (var r in MatchFrom(parts, index + 1, state))
            {
                yield return r;
            }
        }
    }

    private IEnumerable<Row> MatchShortest(IReadOnlyList<PatternPart> parts, int index, MatchState state)
    {
        var part = parts[index];
        var rel = part.Relationships[0];
        if (!IsBoundNode(part.Nodes[0], state) || !IsBoundNode(part.Nodes[1], state))
        {
            throw CypherException.NotSupported("shortestPath() between nodes that are not bound yet");
        }

        var max = rel.MaxHops ?? 64;
        var groups = 0L;
        for (var length = rel.MinHops; length <= max; length++)
        {
            var fixedLength = part with
            {
                Selector = PathSelector.All,
                Relationships = [rel with { VariableLength = true, MinHops = length, MaxHops = length }],
            };
            var found = new List<Row>();
            foreach (var _ in MatchPart(fixedLength, state))
            {
                foreach (var r in MatchFrom(parts, index + 1, state))
                {
                    if (state.Where is null || Predicate(state.Where, r))
                    {
                        found.Add(r);
                    }
                }

                if (found.Count > 0 && part.Selector == PathSelector.Shortest)
                {
                    break;
                }
            }

            if (found.Count > 0)
            {
                foreach (var r in part.Selector == PathSelector.Shortest ? found.Take(1) : found)
                {
                    yield return r;
                }

                // SHORTEST k GROUPS keeps going until k lengths have matched; the other selectors stop at the first.
                if (part.Selector != PathSelector.ShortestGroups || ++groups == part.Groups)
                {
                    yield break;
                }
            }
        }
    }

    private static bool IsBoundNode(NodePattern n, MatchState state) => n.Variable is { } v && state.Binding.ContainsKey(v);

    /// <summary>Every way to match one part, each time with the part's variables bound in <see cref="MatchState.Binding"/>.</summary>
    private IEnumerable<bool> MatchPart(PatternPart part, MatchState state)
    {
        var anchor = Anchor(part, state);
        var nodes = new NodeEntity?[part.Nodes.Count];
        var segments = new (List<RelEntity> Rels, List<NodeEntity> Nodes, bool Forward)[part.Relationships.Count];
        var steps = new List<(int Rel, bool Forward)>();
        for (var i = anchor; i < part.Relationships.Count; i++)
        {
            steps.Add((i, true));
        }

        for (var i = anchor - 1; i >= 0; i--)
        {
            steps.Add((i, false));
        }

        foreach (var candidate in AnchorCandidates(part.Nodes[anchor], state))
        {
            foreach (var _ in BindNode(part.Nodes[anchor], candidate, state))
            {
                nodes[anchor] = candidate;
                foreach (var __ in Steps(part, steps, 0, nodes, segments, state))
                {
                    if (part.PathVariable is { } pathVariable)
                    {
                        state.Binding[pathVariable] = BuildPath(nodes, segments);
                        yield return true;
                        state.Binding.Remove(pathVariable);
                    }
                    else
                    {
                        yield return true;
                    }
                }

                nodes[anchor] = null;
            }
        }
    }

    private static PathValue BuildPath(NodeEntity?[] nodes, (List<RelEntity> Rels, List<NodeEntity> Nodes, bool Forward)[] segments)
    {
        var pathNodes = new List<NodeEntity> { nodes[0]! };
        var pathRels = new List<RelEntity>();
        foreach (var (rels, segmentNodes, forward) in segments)
        {
            var r = forward ? rels : Enumerable.Reverse(rels).ToList();
            var n = forward ? segmentNodes : Enumerable.Reverse(segmentNodes).ToList();
            pathRels.AddRange(r);
            pathNodes.AddRange(n.Skip(1));
        }

        return new PathValue(pathNodes, pathRels);
    }

    private static int Anchor(PatternPart part, MatchState state)
    {
        for (var i = 0; i < part.Nodes.Count; i++)
        {
            if (part.Nodes[i].Variable is { } v && state.Binding.ContainsKey(v))
            {
                return i;
            }
        }

        var best = 0;
        var bestScore = -1;
        for (var i = 0; i < part.Nodes.Count; i++)
        {
            var n = part.Nodes[i];
            var score = (n.Properties is null ? 0 : 2) + (n.Labels.Count > 0 ? 1 : 0);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    private IEnumerable<NodeEntity> AnchorCandidates(NodePattern np, MatchState state)
    {
        if (np.Variable is { } v && state.Binding.TryGetValue(v, out var bound))
        {
            return bound switch
            {
                null => [],
                NodeEntity n => n.Deleted ? [] : [n],
                _ => throw CypherException.Type($"Type mismatch: expected Node but was {Values.Describe(bound)} (variable `{v}`)"),
            };
        }

        var label = np.Labels.Count > 0 ? np.Labels[0] : null;
        return [.. _ctx.Graph.Nodes.Values.Where(n => label is null || n.Labels.Contains(label))];
    }

    /// <summary>Binds <paramref name="node"/> to the pattern (once) if it satisfies it; unbinds when the caller moves on.</summary>
    private IEnumerable<bool> BindNode(NodePattern np, NodeEntity node, MatchState state)
    {
        if (node.Deleted || !np.Labels.All(node.Labels.Contains))
        {
            yield break;
        }

        var introduced = false;
        if (np.Variable is { } v)
        {
            if (state.Binding.TryGetValue(v, out var existing))
            {
                if (existing is not NodeEntity e || e.Id != node.Id)
                {
                    yield break;
                }
            }
            else
            {
                state.Binding[v] = node;
                introduced = true;
            }
        }

        try
        {
            if (PropertiesMatch(np.Properties, node.Properties, state) && (np.Where is null || Predicate(np.Where, state.View)))
            {
                yield return true;
            }
        }
        finally
        {
            if (introduced)
            {
                state.Binding.Remove(np.Variable!);
            }
        }
    }

    private bool PropertiesMatch(Expr? properties, Dictionary<string, object?> actual, MatchState state)
    {
        if (properties is null)
        {
            return true;
        }

        var expected = Evaluate(properties, state.View) switch
        {
            Dictionary<string, object?> m => m,
            var other => throw CypherException.Type($"Expected a map of properties in a pattern, but got {Values.Describe(other)}"),
        };
        return expected.All(p => Values.Equal(actual.GetValueOrDefault(p.Key), p.Value) == true);
    }

    private IEnumerable<bool> Steps(
        PatternPart part,
        List<(int Rel, bool Forward)> steps,
        int index,
        NodeEntity?[] nodes,
        (List<RelEntity> Rels, List<NodeEntity> Nodes, bool Forward)[] segments,
        MatchState state)
    {
        if (index == steps.Count)
        {
            yield return true;
            yield break;
        }

        var (relIndex, forward) = steps[index];
        var rp = part.Relationships[relIndex];
        var fromIndex = forward ? relIndex : relIndex + 1;
        var toIndex = forward ? relIndex + 1 : relIndex;
        var from = nodes[fromIndex]!;
        var target = part.Nodes[toIndex];
        var direction = forward ? rp.Direction : rp.Direction switch
        {
            Direction.Outgoing => Direction.Incoming,
            Direction.Incoming => Direction.Outgoing,
            _ => Direction.Both,
        };

        var alreadyBound = nodes[toIndex];
        foreach (var (rels, walked) in Expand(rp, direction, forward, from, target, alreadyBound, state))
        {
            var end = walked[^1];
            if (alreadyBound is not null)
            {
                if (alreadyBound.Id != end.Id)
                {
                    continue;
                }

                segments[relIndex] = (rels, walked, forward);
                foreach (var r in Steps(part, steps, index + 1, nodes, segments, state))
                {
                    yield return r;
                }

                continue;
            }

            foreach (var _ in BindNode(target, end, state))
            {
                nodes[toIndex] = end;
                segments[relIndex] = (rels, walked, forward);
                foreach (var r in Steps(part, steps, index + 1, nodes, segments, state))
                {
                    yield return r;
                }

                nodes[toIndex] = null;
            }
        }
    }

    /// <summary>The relationships (and nodes walked) from <paramref name="from"/> that fit <paramref name="rp"/>; the relationship variable is bound while the caller looks.</summary>
    private IEnumerable<(List<RelEntity> Rels, List<NodeEntity> Nodes)> Expand(
        RelPattern rp,
        Direction direction,
        bool forward,
        NodeEntity from,
        NodePattern target,
        NodeEntity? boundTarget,
        MatchState state)
    {
        if (!rp.VariableLength)
        {
            foreach (var rel in Candidates(from, direction, rp, state))
            {
                var introduced = false;
                if (rp.Variable is { } v)
                {
                    if (state.Binding.TryGetValue(v, out var existing))
                    {
                        if (existing is not RelEntity e || e.Id != rel.Id)
                        {
                            continue;
                        }
                    }
                    else
                    {
                        state.Binding[v] = rel;
                        introduced = true;
                    }
                }

                try
                {
                    if (rp.Where is not null && !Predicate(rp.Where, state.View))
                    {
                        continue;
                    }

                    state.Used.Add(rel);
                    yield return ([rel], [from, rel.Other(from)]);
                    state.Used.Remove(rel);
                }
                finally
                {
                    if (introduced)
                    {
                        state.Binding.Remove(rp.Variable!);
                    }
                }
            }

            yield break;
        }

        if (rp.Variable is { } name && state.Binding.ContainsKey(name))
        {
            throw CypherException.NotSupported("A variable-length relationship variable that is already bound");
        }

        var end = boundTarget ?? (target.Variable is { } tv && state.Binding.TryGetValue(tv, out var t) ? t as NodeEntity : null);
        var distances = end is null ? null : DistancesTo(end, rp, direction, state);
        var rels = new List<RelEntity>();
        var walked = new List<NodeEntity> { from };
        foreach (var _ in Trails(rp, direction, rels, walked, distances, state))
        {
            if (rp.Variable is { } v)
            {
                var list = rels.Cast<object?>().ToList();
                if (!forward)
                {
                    list.Reverse();
                }

                state.Binding[v] = list;
                yield return (new List<RelEntity>(rels), new List<NodeEntity>(walked));
                state.Binding.Remove(v);
            }
            else
            {
                yield return (new List<RelEntity>(rels), new List<NodeEntity>(walked));
            }
        }
    }

    private IEnumerable<bool> Trails(
        RelPattern rp,
        Direction direction,
        List<RelEntity> rels,
        List<NodeEntity> walked,
        Dictionary<long, int>? distances,
        MatchState state)
    {
        var depth = rels.Count;
        var here = walked[^1];
        if (depth >= rp.MinHops)
        {
            yield return true;
        }

        if (rp.MaxHops is { } max && depth >= max)
        {
            yield break;
        }

        foreach (var rel in Candidates(here, direction, rp, state))
        {
            var next = rel.Other(here);
            if (distances is not null && rp.MaxHops is { } limit
                && (!distances.TryGetValue(next.Id, out var d) || depth + 1 + d > limit))
            {
                continue;
            }

            state.Used.Add(rel);
            rels.Add(rel);
            walked.Add(next);
            foreach (var r in Trails(rp, direction, rels, walked, distances, state))
            {
                yield return r;
            }

            walked.RemoveAt(walked.Count - 1);
            rels.RemoveAt(rels.Count - 1);
            state.Used.Remove(rel);
        }
    }

    /// <summary>Hops from each node to <paramref name="end"/> along relationships <paramref name="rp"/> allows (a lower bound for pruning).</summary>
    private static Dictionary<long, int> DistancesTo(NodeEntity end, RelPattern rp, Direction direction, MatchState state)
    {
        var key = (end.Id, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(rp) ^ (int)direction);
        if (state.Distances.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var reverse = direction switch
        {
            Direction.Outgoing => Direction.Incoming,
            Direction.Incoming => Direction.Outgoing,
            _ => Direction.Both,
        };
        var distances = new Dictionary<long, int> { [end.Id] = 0 };
        var frontier = new Queue<NodeEntity>();
        frontier.Enqueue(end);
        var limit = rp.MaxHops ?? int.MaxValue;
        while (frontier.Count > 0)
        {
            var node = frontier.Dequeue();
            var d = distances[node.Id];
            if (d >= limit)
            {
                continue;
            }

            foreach (var rel in Neighbours(node, reverse))
            {
                if (rp.Types.Count > 0 && !rp.Types.Contains(rel.Type))
                {
                    continue;
                }

                var other = rel.Other(node);
                if (distances.TryAdd(other.Id, d + 1))
                {
                    frontier.Enqueue(other);
                }
            }
        }

        state.Distances[key] = distances;
        return distances;
    }

    private static IEnumerable<RelEntity> Neighbours(NodeEntity node, Direction direction) => direction switch
    {
        Direction.Outgoing => node.Outgoing,
        Direction.Incoming => node.Incoming,
        _ => node.Outgoing.Concat(node.Incoming.Where(r => !ReferenceEquals(r.Start, r.End))),
    };

    private List<RelEntity> Candidates(NodeEntity from, Direction direction, RelPattern rp, MatchState state)
    {
        var list = new List<RelEntity>();
        Dictionary<string, object?>? expected = null;
        if (rp.Properties is not null)
        {
            expected = Evaluate(rp.Properties, state.View) as Dictionary<string, object?>
                ?? throw CypherException.Type("Expected a map of properties in a relationship pattern");
        }

        foreach (var rel in Neighbours(from, direction))
        {
            if (rel.Deleted || state.Used.Contains(rel) || (rp.Types.Count > 0 && !rp.Types.Contains(rel.Type)))
            {
                continue;
            }

            if (expected is not null && !expected.All(p => Values.Equal(rel.Properties.GetValueOrDefault(p.Key), p.Value) == true))
            {
                continue;
            }

            list.Add(rel);
        }

        return list;
    }
}
