namespace AseanCyber.Testing.Cypher;

/// <summary>WITH and RETURN: projection, aggregation (grouping by the non-aggregating items), DISTINCT, ORDER BY, SKIP, LIMIT, WHERE.</summary>
internal sealed partial class Executor
{
    private (IReadOnlyList<string> Columns, List<Row> Rows) Project(Projection p, List<Row> rows, Scope scope, bool isReturn)
    {
        var items = new List<ProjectionItem>();
        if (p.Star)
        {
            var names = isReturn ? scope.Names.Order(StringComparer.Ordinal) : (IEnumerable<string>)scope.Names;
            items.AddRange(names.Where(n => p.Items.All(i => i.Name != n)).Select(n => new ProjectionItem(new Variable(n), n, false, n)));
            if (isReturn && items.Count == 0 && p.Items.Count == 0)
            {
                throw CypherException.Syntax("RETURN * is not allowed when there are no variables in scope");
            }
        }

        items.AddRange(p.Items);
        var columns = items.Select(i => i.Name).ToList();
        var aggregates = items.Select(i => AggregatesIn(i.Expression)).ToList();
        var aggregating = aggregates.Any(a => a.Count > 0);

        // Each output row keeps its source row, for ORDER BY over variables the projection dropped.
        List<(Row Projected, Row Source)> output;
        if (aggregating)
        {
            output = Aggregate(items, aggregates, rows);
        }
        else
        {
            output = [.. rows.Select(r => (Build(columns, items.Select(i => Evaluate(i.Expression, r))), r))];
        }

        if (p.Distinct)
        {
            output = [.. output.DistinctBy(o => (IReadOnlyList<object?>)[.. columns.Select(c => o.Projected.Values[c])], Values.RowEquivalence)];
        }

        if (p.OrderBy.Count > 0)
        {
            var seesSource = !aggregating && !p.Distinct;
            var keyed = output.Select(o =>
            {
                var scopeRow = seesSource ? o.Source.WithAll(o.Projected.Values) : o.Projected;
                var keys = p.OrderBy.Select(s => SortKey(s, items, o.Projected, scopeRow)).ToArray();
                return (o, keys);
            }).ToList();
            var comparer = Comparer<object?[]>.Create((a, b) =>
            {
                for (var i = 0; i < a.Length; i++)
                {
                    var c = Values.Order(a[i], b[i]);
                    if (c != 0)
                    {
                        return p.OrderBy[i].Descending ? -c : c;
                    }
                }

                return 0;
            });
            output = [.. keyed.OrderBy(k => k.keys, comparer).Select(k => k.o)];
        }

        IEnumerable<(Row Projected, Row Source)> sliced = output;
        if (p.Skip is not null)
        {
            sliced = sliced.Skip(Count(p.Skip, "SKIP"));
        }

        if (p.Limit is not null)
        {
            sliced = sliced.Take(Count(p.Limit, "LIMIT"));
        }

        var result = sliced.Select(o => o.Projected).ToList();
        if (p.Where is not null)
        {
            result = [.. result.Where(r => Predicate(p.Where, r))];
        }

        scope.Replace(columns);
        return (columns, result);
    }

    private static Row Build(List<string> columns, IEnumerable<object?> values)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        using var e = values.GetEnumerator();
        foreach (var c in columns)
        {
            e.MoveNext();
            map[c] = e.Current;
        }

        return new Row(map);
    }

    /// <summary>An ORDER BY key: a projected column when the key is written as that column's expression, else evaluated.</summary>
    private object? SortKey(SortItem s, List<ProjectionItem> items, Row projected, Row scopeRow)
    {
        var text = Normalize(s.Text);
        foreach (var item in items)
        {
            if (Normalize(item.Text) == text)
            {
                return projected.Values[item.Name];
            }
        }

        return Evaluate(s.Expression, scopeRow);
    }

    private static string Normalize(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private int Count(Expr e, string clause) => Evaluate(e, Row.Empty) switch
    {
        long n when n is >= 0 and <= int.MaxValue => (int)n,
        var v => throw CypherException.Argument($"Invalid input. '{Values.Describe(v)}' is not a valid value for {clause}. Must be a non-negative integer."),
    };

    private List<(Row Projected, Row Source)> Aggregate(List<ProjectionItem> items, List<List<Expr>> aggregates, List<Row> rows)
    {
        var keyItems = items.Where((_, i) => aggregates[i].Count == 0).ToList();
        var groups = new Dictionary<IReadOnlyList<object?>, List<Row>>(Values.RowEquivalence);
        var order = new List<IReadOnlyList<object?>>();
        foreach (var row in rows)
        {
            IReadOnlyList<object?> key = [.. keyItems.Select(i => Evaluate(i.Expression, row))];
            if (!groups.TryGetValue(key, out var group))
            {
                group = [];
                groups.Add(key, group);
                order.Add(key);
            }

            group.Add(row);
        }

        if (keyItems.Count == 0 && order.Count == 0)
        {
            IReadOnlyList<object?> empty = [];
            groups.Add(empty, []);
            order.Add(empty);
        }

        var calls = aggregates.SelectMany(a => a).ToList();
        var result = new List<(Row, Row)>();
        foreach (var key in order)
        {
            var group = groups[key];
            var values = new Dictionary<Expr, object?>();
            foreach (var call in calls)
            {
                values[call] = Aggregations.Compute(call, group, this);
            }

            var first = (group.Count > 0 ? group[0] : Row.Empty).WithAggregates(values);
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            var k = 0;
            for (var i = 0; i < items.Count; i++)
            {
                map[items[i].Name] = aggregates[i].Count == 0 ? key[k++] : Evaluate(items[i].Expression, first);
            }

            result.Add((new Row(map), first));
        }

        return result;
    }

    /// <summary>The aggregating calls in an expression (not inside subqueries, which aggregate on their own).</summary>
    private static List<Expr> AggregatesIn(Expr e)
    {
        var found = new List<Expr>();
        Walk(e);
        return found;

        void Walk(Expr? x)
        {
            switch (x)
            {
                case null:
                    return;
                case FunctionCall { IsAggregate: true } f:
                    if (f.Arguments.Any(a => AggregatesIn(a).Count > 0))
                    {
                        throw CypherException.Syntax("Can't use aggregate functions inside of aggregate functions.");
                    }

                    found.Add(f);
                    return;
                case CountStar:
                    found.Add(x);
                    return;
                case SubqueryExpr:
                    return;
                default:
                    foreach (var child in Children(x))
                    {
                        Walk(child);
                    }

                    return;
            }
        }
    }

    internal static Expr?[] Children(Expr e) => e switch
    {
        PropertyAccess p => [p.Target],
        IndexAccess i => [i.Target, i.Index],
        SliceAccess s => [s.Target, s.From, s.To],
        ListLiteral l => [.. l.Items],
        MapLiteral m => [.. m.Entries.Select(x => x.Value)],
        Unary u => [u.Operand],
        Binary b => [b.Left, b.Right],
        IsNull n => [n.Operand],
        HasLabels h => [h.Target],
        FunctionCall f => [.. f.Arguments],
        CaseExpr c => [c.Subject, .. c.Alternatives.SelectMany(a => new Expr?[] { a.When, a.Then }), c.Otherwise],
        ListComprehension lc => [lc.Source, lc.Where, lc.Projection],
        Quantifier q => [q.Source, q.Where],
        Reduce r => [r.Initial, r.Source, r.Expression],
        PatternComprehension pc => [pc.Where, pc.Projection],
        _ => [],
    };
}
