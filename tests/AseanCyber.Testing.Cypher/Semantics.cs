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
                AddPatterns(m.Patterns, scope);
                CheckPatterns(m.Patterns, scope);
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

            case CreateClause c:
                AddPatterns(c.Patterns, scope);
                CheckPatterns(c.Patterns, scope);
                break;
            case MergeClause m:
                AddPatterns([m.Pattern], scope);
                CheckPatterns([m.Pattern], scope);
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
                foreach (var e in d.Targets)
                {
                    Expr(e, scope);
                }

                break;
            case ForeachClause f:
                {
                    Expr(f.Source, scope);
                    var inner = new HashSet<string>(scope) { f.Variable };
                    CheckPart(f.Body, inner);
                    break;
                }

            default:
                break;
        }
    }

    private static void Projection(Projection p, HashSet<string> scope)
    {
        foreach (var item in p.Items)
        {
            Expr(item.Expression, scope);
        }

        var projected = new HashSet<string>(p.Items.Select(i => i.Name));
        if (p.Star)
        {
            projected.UnionWith(scope);
        }

        var orderScope = new HashSet<string>(projected);
        orderScope.UnionWith(scope);
        foreach (var s in p.OrderBy)
        {
            Expr(s.Expression, orderScope);
        }

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
                    Expr(sp.Target, scope);
                    Expr(sp.Value, scope);
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

    private static void AddPatterns(IEnumerable<PatternPart> parts, HashSet<string> scope)
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
    }

    private static void CheckPatterns(IEnumerable<PatternPart> parts, HashSet<string> scope)
    {
        foreach (var part in parts)
        {
            foreach (var n in part.Nodes)
            {
                Expr(n.Properties, scope);
                Expr(n.Where, scope);
            }

            foreach (var r in part.Relationships)
            {
                Expr(r.Properties, scope);
                Expr(r.Where, scope);
            }
        }
    }

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
                {
                    Expr(lc.Source, scope);
                    var inner = new HashSet<string>(scope) { lc.Variable };
                    Expr(lc.Where, inner);
                    Expr(lc.Projection, inner);
                    return;
                }

            case Quantifier q:
                {
                    Expr(q.Source, scope);
                    Expr(q.Where, new HashSet<string>(scope) { q.Variable });
                    return;
                }

            case Reduce r:
                {
                    Expr(r.Initial, scope);
                    Expr(r.Source, scope);
                    Expr(r.Expression, new HashSet<string>(scope) { r.Accumulator, r.Variable });
                    return;
                }

            case PatternComprehension pc:
                {
                    var inner = new HashSet<string>(scope);
                    AddPatterns([pc.Pattern], inner);
                    CheckPatterns([pc.Pattern], inner);
                    Expr(pc.Where, inner);
                    Expr(pc.Projection, inner);
                    return;
                }

            case PatternPredicate pp:
                {
                    var inner = new HashSet<string>(scope);
                    AddPatterns([pp.Pattern], inner);
                    CheckPatterns([pp.Pattern], inner);
                    return;
                }

            case SubqueryExpr s:
                Check(s.Query, scope);
                return;
            default:
                foreach (var child in Executor.Children(e))
                {
                    Expr(child, scope);
                }

                return;
        }
    }
}
