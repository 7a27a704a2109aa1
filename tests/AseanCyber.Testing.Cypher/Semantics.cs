namespace AseanCyber.Testing.Cypher;

/// <summary>
/// Checks, before anything runs, that every variable a statement uses is in scope where it is used: Neo4j refuses such
/// statements at compile time, so an undefined variable must fail even when no row would ever reach it.
/// </summary>
internal static class Semantics
{
    public static void Check(Query query, IReadOnlyCollection<string> initial)
    {
        foreach (var part in query.Parts)
        {
            CheckPart(part, [.. initial]);
        }
    }

    private static void CheckPart(IReadOnlyList<Clause> clauses, HashSet<string> scope)
    {
        foreach (var clause in clauses)
        {
            CheckClause(clause, scope);
        }
    }

    private static void CheckClause(Clause clause, HashSet<string> scope)
    {
        switch (clause)
        {
            case MatchClause m:
                Bind(m.Patterns, scope);
                Expr(m.Where, scope);
                break;
            case UnwindClause u:
                Expr(u.Source, scope);
                scope.Add(u.Variable);
                break;
            case WithClause w:
                Projection(w.Projection, scope);
                break;
            case ReturnClause r:
                Projection(r.Projection, scope);
                break;
            case CallClause call:
                {
                    HashSet<string> inner;
                    if (call.ImportAll)
                    {
                        inner = [.. scope];
                    }
                    else if (call.Imports is { } imports)
                    {
                        foreach (var name in imports)
                        {
                            Require(name, scope);
                        }

                        inner = [.. imports];
                    }
                    else
                    {
                        inner = call.Query.Parts.All(p => p[0] is WithClause) ? [.. scope] : [];
                    }

                    Check(call.Query, inner);
                    if (call.Query.Parts[0][^1] is ReturnClause { Projection: var p })
                    {
                        foreach (var item in p.Items)
                        {
                            scope.Add(item.Name);
                        }
                    }

                    break;
                }

            case ProcedureCallClause procedure:
                foreach (var argument in procedure.Arguments)
                {
                    Expr(argument, scope);
                }

                foreach (var (_, variable) in procedure.Yields)
                {
                    scope.Add(variable);
                }

                Expr(procedure.Where, scope);
                break;
            case CreateClause c:
                Bind(c.Patterns, scope);
                break;
            case MergeClause m:
                Bind([m.Pattern], scope);
                SetItems(m.OnCreate, scope);
                SetItems(m.OnMatch, scope);
                break;
            case SetClause s:
                SetItems(s.Items, scope);
                break;
            case RemoveClause r:
                SetItems(r.Items, scope);
                break;
            case DeleteClause d:
                Exprs(scope, d.Targets);
                break;
            case ForeachClause f:
                Expr(f.Source, scope);
                CheckPart(f.Body, With(scope, f.Variable));
                break;

            default:
                break;
        }
    }

    private static void Projection(Projection p, HashSet<string> scope)
    {
        Exprs(scope, p.Items.Select(i => i.Expression));
        var projected = new HashSet<string>(p.Items.Select(i => i.Name));
        if (p.Star)
        {
            projected.UnionWith(scope);
        }

        var orderScope = new HashSet<string>(projected);
        orderScope.UnionWith(scope);
        Exprs(orderScope, p.OrderBy.Select(s => s.Expression));
        Expr(p.Skip, []);
        Expr(p.Limit, []);
        Expr(p.Where, projected);
        scope.Clear();
        scope.UnionWith(projected);
    }

    private static void SetItems(IEnumerable<SetItem> items, HashSet<string> scope)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case SetProperty sp:
                    Exprs(scope, sp.Target, sp.Value);
                    break;
                case SetAllProperties sa:
                    Require(sa.Variable, scope);
                    Expr(sa.Value, scope);
                    break;
                case SetLabels sl:
                    Require(sl.Variable, scope);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Adds the variables <paramref name="parts"/> bind to <paramref name="scope"/>, then checks their property maps and inline WHERE in it.</summary>
    private static void Bind(IReadOnlyCollection<PatternPart> parts, HashSet<string> scope)
    {
        foreach (var part in parts)
        {
            if (part.PathVariable is { } p)
            {
                scope.Add(p);
            }

            scope.UnionWith(part.Nodes.Select(n => n.Variable).OfType<string>());
            scope.UnionWith(part.Relationships.Select(r => r.Variable).OfType<string>());
        }

        foreach (var part in parts)
        {
            foreach (var n in part.Nodes)
            {
                Exprs(scope, n.Properties, n.Where);
            }

            foreach (var r in part.Relationships)
            {
                Exprs(scope, r.Properties, r.Where);
            }
        }
    }

    /// <summary>A scope of its own for a pattern expression: what the outer scope holds plus what the pattern binds.</summary>
    private static HashSet<string> Within(PatternPart pattern, HashSet<string> scope)
    {
        var inner = new HashSet<string>(scope);
        Bind([pattern], inner);
        return inner;
    }

    /// <summary>A scope of its own for a construct that binds one variable (list comprehension, quantifier, FOREACH).</summary>
    private static HashSet<string> With(HashSet<string> scope, string variable) => new(scope) { variable };

    private static void Require(string name, HashSet<string> scope)
    {
        if (!scope.Contains(name))
        {
            throw Executor.UndefinedVariable(name);
        }
    }

    private static void Expr(Expr? e, HashSet<string> scope)
    {
        switch (e)
        {
            case null:
                return;
            case Variable v:
                Require(v.Name, scope);
                return;
            case ListComprehension lc:
                Expr(lc.Source, scope);
                Exprs(With(scope, lc.Variable), lc.Where, lc.Projection);
                return;
            case Quantifier q:
                Expr(q.Source, scope);
                Expr(q.Where, With(scope, q.Variable));
                return;
            case Reduce r:
                Expr(r.Initial, scope);
                Expr(r.Source, scope);
                Expr(r.Expression, With(With(scope, r.Accumulator), r.Variable));
                return;
            case PatternComprehension pc:
                Exprs(Within(pc.Pattern, scope), pc.Where, pc.Projection);
                return;
            case PatternPredicate pp:
                Within(pp.Pattern, scope);
                return;

            case SubqueryExpr s:
                Check(s.Query, scope);
                return;
            default:
                Exprs(scope, Executor.Children(e));
                return;
        }
    }

    private static void Exprs(HashSet<string> scope, params IEnumerable<Expr?> expressions)
    {
        foreach (var e in expressions)
        {
            Expr(e, scope);
        }
    }
}
