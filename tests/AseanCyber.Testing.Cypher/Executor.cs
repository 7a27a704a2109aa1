namespace AseanCyber.Testing.Cypher;

/// <summary>Runs a parsed query clause by clause, each clause over all rows of the one before (Cypher's eager semantics).</summary>
internal sealed partial class Executor(ExecutionContext ctx)
{
    private readonly ExecutionContext _ctx = ctx;

    /// <summary>Runs <paramref name="query"/> from <paramref name="initial"/>: its columns (null when it does not RETURN) and rows.</summary>
    public (IReadOnlyList<string>? Columns, List<Row> Rows) RunQuery(Query query, Row initial)
    {
        if (query.Parts.Count == 1)
        {
            return RunSingle(query.Parts[0], initial);
        }

        IReadOnlyList<string>? columns = null;
        var rows = new List<Row>();
        foreach (var part in query.Parts)
        {
            var (c, r) = RunSingle(part, initial);
            columns ??= c;
            rows.AddRange(r);
        }

        if (!query.All)
        {
            var names = columns!;
            rows = [.. rows.DistinctBy(r => (IReadOnlyList<object?>)[.. names.Select(n => r.Values[n])], Values.RowEquivalence)];
        }

        return (columns, rows);
    }

    private (IReadOnlyList<string>? Columns, List<Row> Rows) RunSingle(IReadOnlyList<Clause> clauses, Row initial)
    {
        var scope = new Scope(initial.Names);
        var rows = new List<Row> { initial };
        foreach (var clause in clauses)
        {
            if (clause is ReturnClause ret)
            {
                var (columns, projected) = Project(ret.Projection, rows, scope, isReturn: true);
                return (columns, projected);
            }

            rows = Apply(clause, rows, scope);
        }

        return (null, rows);
    }

    /// <summary>The variables in scope, known even when there are no rows (for RETURN * and OPTIONAL MATCH's nulls).</summary>
    private sealed class Scope(IEnumerable<string> names)
    {
        public List<string> Names { get; private set; } = [.. names];

        public void Add(string name)
        {
            if (!Names.Contains(name))
            {
                Names.Add(name);
            }
        }

        public void Declare(string name)
        {
            if (Names.Contains(name))
            {
                throw CypherException.Syntax($"Variable `{name}` already declared");
            }

            Names.Add(name);
        }

        public void Replace(IEnumerable<string> names) => Names = [.. names];
    }

    private List<Row> Apply(Clause clause, List<Row> rows, Scope scope)
    {
        switch (clause)
        {
            case MatchClause m:
                return ApplyMatch(m, rows, scope);
            case UnwindClause u:
                {
                    scope.Declare(u.Variable);
                    var result = new List<Row>();
                    foreach (var row in rows)
                    {
                        switch (Evaluate(u.Source, row))
                        {
                            case null:
                                break;
                            case List<object?> list:
                                result.AddRange(list.Select(v => row.With(u.Variable, v)));
                                break;
                            case var single:
                                result.Add(row.With(u.Variable, single));
                                break;
                        }
                    }

                    return result;
                }

            case WithClause w:
                {
                    var (_, projected) = Project(w.Projection, rows, scope, isReturn: false);
                    return projected;
                }

            case CallClause call:
                return ApplyCall(call, rows, scope);
            case ProcedureCallClause procedure:
                return ApplyProcedure(procedure, rows, scope);
            case CreateClause c:
                return ApplyCreate(c, rows, scope);
            case MergeClause m:
                return ApplyMerge(m, rows, scope);
            case SetClause s:
                foreach (var row in rows)
                {
                    foreach (var item in s.Items)
                    {
                        ApplySet(item, row);
                    }
                }

                return rows;
            case RemoveClause r:
                foreach (var row in rows)
                {
                    foreach (var item in r.Items)
                    {
                        ApplyRemove(item, row);
                    }
                }

                return rows;
            case DeleteClause d:
                foreach (var row in rows)
                {
                    foreach (var target in d.Targets)
                    {
                        Delete(Evaluate(target, row), d.Detach);
                    }
                }

                return rows;
            case ForeachClause f:
                ApplyForeach(f, rows, scope);
                return rows;
            default:
                throw CypherException.NotSupported("The clause " + clause.GetType().Name);
        }
    }

    private List<Row> ApplyMatch(MatchClause m, List<Row> rows, Scope scope)
    {
        var newNames = PatternVariables(m.Patterns).Where(n => !scope.Names.Contains(n)).ToList();
        var result = new List<Row>();
        foreach (var row in rows)
        {
            var matched = false;
            foreach (var candidate in MatchParts(m.Patterns, row, m.Where))
            {
                if (m.Where is null || Predicate(m.Where, candidate))
                {
                    matched = true;
                    result.Add(candidate);
                }
            }

            if (!matched && m.Optional)
            {
                result.Add(row.WithAll(newNames.Select(n => new KeyValuePair<string, object?>(n, null))));
            }
        }

        foreach (var name in newNames)
        {
            scope.Add(name);
        }

        return result;
    }

    private static IEnumerable<string> PatternVariables(IEnumerable<PatternPart> parts)
    {
        foreach (var part in parts)
        {
            if (part.PathVariable is { } p)
            {
                yield return p;
            }

            foreach (var n in part.Nodes)
            {
                if (n.Variable is { } v)
                {
                    yield return v;
                }
            }

            foreach (var r in part.Relationships)
            {
                if (r.Variable is { } v)
                {
                    yield return v;
                }
            }
        }
    }

    private List<Row> ApplyProcedure(ProcedureCallClause procedure, List<Row> rows, Scope scope)
    {
        foreach (var (_, variable) in procedure.Yields)
        {
            scope.Declare(variable);
        }

        var result = new List<Row>();
        foreach (var row in rows)
        {
            var arguments = procedure.Arguments.Select(a => Evaluate(a, row)).ToList();
            foreach (var (node, score) in FulltextIndexes.QueryNodes(_ctx.Graph, arguments))
            {
                var yielded = row;
                foreach (var (field, variable) in procedure.Yields)
                {
                    yielded = yielded.With(variable, field == "node" ? node : score);
                }

                if (procedure.Where is null || Evaluate(procedure.Where, yielded) is true)
                {
                    result.Add(yielded);
                }
            }
        }

        return result;
    }

    private List<Row> ApplyCall(CallClause call, List<Row> rows, Scope scope)
    {
        var result = new List<Row>();
        IReadOnlyList<string>? columns = null;
        foreach (var row in rows)
        {
            Row initial;
            if (call.ImportAll)
            {
                initial = row;
            }
            else if (call.Imports is { } imports)
            {
                var values = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var name in imports)
                {
                    values[name] = row.TryGet(name, out var v) ? v : throw UndefinedVariable(name);
                }

                initial = new Row(values);
            }
            else
            {
                // The old form sees the outer row only through a leading importing WITH.
                initial = call.Query.Parts.All(p => p[0] is WithClause) ? row : Row.Empty;
            }

            var (c, inner) = RunQuery(call.Query, initial);
            columns ??= c;
            if (c is null)
            {
                result.Add(row);
                continue;
            }

            foreach (var name in c)
            {
                if (row.Has(name))
                {
                    throw CypherException.Syntax($"Variable `{name}` already declared in outer scope");
                }
            }

            if (inner.Count == 0 && call.Optional)
            {
                result.Add(row.WithAll(c.Select(n => new KeyValuePair<string, object?>(n, null))));
            }

            result.AddRange(inner.Select(r => row.WithAll(c.Select(n => new KeyValuePair<string, object?>(n, r.Values[n])))));
        }

        columns ??= ReturnColumns(call.Query);
        foreach (var name in columns ?? [])
        {
            scope.Declare(name);
        }

        return result;
    }

    private static List<string>? ReturnColumns(Query query) =>
        query.Parts[0][^1] is ReturnClause { Projection.Star: false } r ? [.. r.Projection.Items.Select(i => i.Name)] : null;

    private void ApplyForeach(ForeachClause f, List<Row> rows, Scope scope)
    {
        foreach (var row in rows)
        {
            if (ListSource(f.Source, row) is not { } list)
            {
                continue;
            }

            foreach (var item in list)
            {
                var inner = new List<Row> { row.With(f.Variable, item) };
                var innerScope = new Scope(scope.Names);
                innerScope.Add(f.Variable);
                foreach (var clause in f.Body)
                {
                    inner = Apply(clause, inner, innerScope);
                }
            }
        }
    }
}
