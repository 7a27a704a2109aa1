using System.Text.RegularExpressions;

namespace AseanCyber.Testing.Cypher;

/// <summary>Expression evaluation, with Cypher's null propagation and three-valued logic.</summary>
internal sealed partial class Executor
{
    public object? Evaluate(Expr expr, Row row)
    {
        switch (expr)
        {
            case Literal l:
                return l.Value;
            case Parameter p:
                return _ctx.Parameters.TryGetValue(p.Name, out var pv)
                    ? pv
                    : throw new CypherException(CypherException.ParameterMissing, $"Expected parameter(s): {p.Name}");
            case Variable v:
                return row.TryGet(v.Name, out var value) ? value : throw UndefinedVariable(v.Name);
            case PropertyAccess pa:
                return Property(Evaluate(pa.Target, row), pa.Key);
            case IndexAccess ia:
                return Index(Evaluate(ia.Target, row), Evaluate(ia.Index, row));
            case SliceAccess sa:
                return Slice(sa, row);
            case ListLiteral ll:
                return ll.Items.Select(i => Evaluate(i, row)).ToList();
            case MapLiteral ml:
                return ml.Entries.ToDictionary(e => e.Key, e => Evaluate(e.Value, row), StringComparer.Ordinal);
            case Unary u:
                return EvaluateUnary(u, row);
            case Binary b:
                return EvaluateBinary(b, row);
            case IsNull n:
                return (Evaluate(n.Operand, row) is null) != n.Negated;
            case HasLabels hl:
                return Evaluate(hl.Target, row) switch
                {
                    null => null,
                    NodeEntity node => hl.Labels.All(node.Labels.Contains),
                    var other => throw CypherException.Type($"Expected a node to test labels on, but got: {Values.Describe(other)}"),
                };
            case FunctionCall f when f.IsAggregate:
                return AggregateValue(f, row);
            case CountStar c:
                return AggregateValue(c, row);
            case FunctionCall f:
                return Functions.Invoke(f.Name, [.. f.Arguments.Select(a => Evaluate(a, row))], _ctx);
            case CaseExpr c:
                return EvaluateCase(c, row);
            case ListComprehension lc:
                return EvaluateComprehension(lc, row);
            case Quantifier q:
                return EvaluateQuantifier(q, row);
            case Reduce r:
                return EvaluateReduce(r, row);
            case PatternComprehension pc:
                return MatchParts([pc.Pattern], row, null)
                    .Where(r => pc.Where is null || Predicate(pc.Where, r))
                    .Select(r => Evaluate(pc.Projection, r))
                    .ToList();
            case PatternPredicate pp:
                return MatchParts([pp.Pattern], row, null).Any();
            case SubqueryExpr s:
                return EvaluateSubquery(s, row);
            default:
                throw CypherException.NotSupported("The expression " + expr.GetType().Name);
        }
    }

    /// <summary>A WHERE condition: true keeps the row; false and null drop it; anything else is not a predicate.</summary>
    public bool Predicate(Expr expr, Row row) => Evaluate(expr, row) switch
    {
        true => true,
        false or null => false,
        var other => throw CypherException.Type($"Don't know how to treat that as a predicate: {Values.Describe(other)}"),
    };

    internal static CypherException UndefinedVariable(string name) => CypherException.Syntax($"Variable `{name}` not defined");

    private static object? AggregateValue(Expr call, Row row) =>
        row.Aggregates is { } values && values.TryGetValue(call, out var v)
            ? v
            : throw CypherException.Syntax("Invalid use of aggregating function in this context (aggregations are allowed only in WITH and RETURN)");

    internal static object? Property(object? target, string key)
    {
        switch (target)
        {
            case null:
                return null;
            case NodeEntity n:
                if (n.Deleted)
                {
                    throw new CypherException(CypherException.EntityNotFound, $"Node with id {n.Id} has been deleted in this transaction");
                }

                return n.Properties.GetValueOrDefault(key);
            case RelEntity r:
                if (r.Deleted)
                {
                    throw new CypherException(CypherException.EntityNotFound, $"Relationship with id {r.Id} has been deleted in this transaction");
                }

                return r.Properties.GetValueOrDefault(key);
            case Dictionary<string, object?> map:
                return map.GetValueOrDefault(key);
            default:
                throw CypherException.Type($"Type mismatch: expected a map but was {Values.Describe(target)}");
        }
    }

    private static object? Index(object? target, object? index)
    {
        if (target is null || index is null)
        {
            return null;
        }

        switch (target)
        {
            case List<object?> list:
                if (index is not long i)
                {
                    throw CypherException.Type($"Cannot access a list with a non-integer index: {Values.Describe(index)}");
                }

                if (i < 0)
                {
                    i += list.Count;
                }

                return i >= 0 && i < list.Count ? list[(int)i] : null;
            case Dictionary<string, object?> or NodeEntity or RelEntity when index is string key:
                return Property(target, key);
            default:
                throw CypherException.Type($"Cannot index {Values.Describe(target)} with {Values.Describe(index)}");
        }
    }

    private List<object?>? Slice(SliceAccess s, Row row)
    {
        var target = Evaluate(s.Target, row);
        var from = s.From is null ? 0L : Evaluate(s.From, row);
        var to = s.To is null ? long.MaxValue : Evaluate(s.To, row);
        if (target is null || from is null || to is null)
        {
            return null;
        }

        if (target is not List<object?> list)
        {
            throw CypherException.Type($"Type mismatch: expected a list to slice but was {Values.Describe(target)}");
        }

        if (from is not long f || to is not long t)
        {
            throw CypherException.Type("List slice bounds must be integers.");
        }

        var count = list.Count;
        var start = (int)Math.Clamp(f < 0 ? f + count : f, 0, count);
        var end = (int)Math.Clamp(t < 0 ? t + count : t, 0, count);
        return end <= start ? [] : list.GetRange(start, end - start);
    }

    private object? EvaluateUnary(Unary u, Row row)
    {
        var v = Evaluate(u.Operand, row);
        switch (u.Op)
        {
            case "NOT":
                return v switch
                {
                    null => null,
                    bool b => !b,
                    _ => throw CypherException.Type($"Type mismatch: expected Boolean but was {Values.Describe(v)}"),
                };
            case "-":
                return v switch
                {
                    null => null,
                    long l => l == long.MinValue ? throw new CypherException(CypherException.ArithmeticError, "long overflow") : -l,
                    double d => -d,
                    _ => throw CypherException.Type($"Cannot negate {Values.Describe(v)}"),
                };
            default:
                return v is null or long or double ? v : throw CypherException.Type($"Cannot apply unary plus to {Values.Describe(v)}");
        }
    }

    private object? EvaluateBinary(Binary b, Row row)
    {
        switch (b.Op)
        {
            case "AND":
                {
                    var l = Logical(Evaluate(b.Left, row));
                    if (l == false)
                    {
                        return false;
                    }

                    var r = Logical(Evaluate(b.Right, row));
                    return r == false ? false : l is null || r is null ? null : true;
                }

            case "OR":
                {
                    var l = Logical(Evaluate(b.Left, row));
                    if (l == true)
                    {
                        return true;
                    }

                    var r = Logical(Evaluate(b.Right, row));
                    return r == true ? true : l is null || r is null ? null : false;
                }

            case "XOR":
                {
                    var l = Logical(Evaluate(b.Left, row));
                    var r = Logical(Evaluate(b.Right, row));
                    return l is null || r is null ? null : l != r;
                }

            default:
                break;
        }

        var left = Evaluate(b.Left, row);
        var right = Evaluate(b.Right, row);
        return b.Op switch
        {
            "=" => Values.Equal(left, right),
            "<>" => Values.Equal(left, right) is { } eq ? !eq : null,
            "<" or "<=" or ">" or ">=" => Values.Compare(b.Op, left, right),
            "=~" => Regex(left, right),
            "STARTS WITH" => left is string ls && right is string rs ? ls.StartsWith(rs, StringComparison.Ordinal) : null,
            "ENDS WITH" => left is string le && right is string re ? le.EndsWith(re, StringComparison.Ordinal) : null,
            "CONTAINS" => left is string lc && right is string rc ? lc.Contains(rc, StringComparison.Ordinal) : null,
            "IN" => In(left, right),
            _ => Arithmetic.Apply(b.Op, left, right),
        };
    }

    private static bool? Logical(object? v) => v switch
    {
        null => null,
        bool b => b,
        _ => throw CypherException.Type($"Type mismatch: expected Boolean but was {Values.Describe(v)}"),
    };

    private static bool? Regex(object? value, object? pattern)
    {
        if (value is not string s || pattern is not string p)
        {
            return null;
        }

        try
        {
            return System.Text.RegularExpressions.Regex.IsMatch(s, "^(?:" + p + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException e)
        {
            throw CypherException.Argument($"Invalid Regex: {e.Message}");
        }
    }

    private static bool? In(object? value, object? list)
    {
        switch (list)
        {
            case null:
                return null;
            case List<object?> items:
                var unknown = false;
                foreach (var item in items)
                {
                    switch (Values.Equal(value, item))
                    {
                        case true:
                            return true;
                        case null:
                            unknown = true;
                            break;
                        default:
                            break;
                    }
                }

                return unknown ? null : false;
            default:
                throw CypherException.Type($"Type mismatch: expected a list after IN but was {Values.Describe(list)}");
        }
    }

    private object? EvaluateCase(CaseExpr c, Row row)
    {
        if (c.Subject is { } subjectExpr)
        {
            var subject = Evaluate(subjectExpr, row);
            foreach (var (when, then) in c.Alternatives)
            {
                if (Values.Equal(subject, Evaluate(when, row)) == true)
                {
                    return Evaluate(then, row);
                }
            }
        }
        else
        {
            foreach (var (when, then) in c.Alternatives)
            {
                if (Logical(Evaluate(when, row)) == true)
                {
                    return Evaluate(then, row);
                }
            }
        }

        return c.Otherwise is null ? null : Evaluate(c.Otherwise, row);
    }

    private List<object?>? ListSource(Expr source, Row row) => Evaluate(source, row) switch
    {
        null => null,
        List<object?> list => list,
        var other => throw CypherException.Type($"Type mismatch: expected a list but was {Values.Describe(other)}"),
    };

    private List<object?>? EvaluateComprehension(ListComprehension lc, Row row)
    {
        if (ListSource(lc.Source, row) is not { } list)
        {
            return null;
        }

        var result = new List<object?>();
        foreach (var item in list)
        {
            var inner = row.With(lc.Variable, item);
            if (lc.Where is null || Predicate(lc.Where, inner))
            {
                result.Add(lc.Projection is null ? item : Evaluate(lc.Projection, inner));
            }
        }

        return result;
    }

    /// <summary>Folds the list left to right; a null list gives null, as in Neo4j.</summary>
    private object? EvaluateReduce(Reduce r, Row row)
    {
        var accumulated = Evaluate(r.Initial, row);
        if (ListSource(r.Source, row) is not { } list)
        {
            return null;
        }

        foreach (var item in list)
        {
            accumulated = Evaluate(r.Expression, row.With(r.Accumulator, accumulated).With(r.Variable, item));
        }

        return accumulated;
    }

    private object? EvaluateQuantifier(Quantifier q, Row row)
    {
        if (ListSource(q.Source, row) is not { } list)
        {
            return null;
        }

        int trues = 0, falses = 0, unknowns = 0;
        foreach (var item in list)
        {
            switch (Logical(Evaluate(q.Where, row.With(q.Variable, item))))
            {
                case true:
                    trues++;
                    break;
                case false:
                    falses++;
                    break;
                default:
                    unknowns++;
                    break;
            }
        }

        return q.Kind switch
        {
            "ALL" => falses > 0 ? false : unknowns > 0 ? null : true,
            "ANY" => trues > 0 ? true : unknowns > 0 ? null : false,
            "NONE" => trues > 0 ? false : unknowns > 0 ? null : true,
            _ => trues > 1 ? false : unknowns > 0 ? null : trues == 1,
        };
    }

    private object? EvaluateSubquery(SubqueryExpr s, Row row)
    {
        var (_, rows) = RunQuery(s.Query, row);
        return s.Kind switch
        {
            "EXISTS" => rows.Count > 0,
            "COUNT" => (long)rows.Count,
            _ => rows.Select(r => r.Values.Values.Single()).ToList(),
        };
    }
}
