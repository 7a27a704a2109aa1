namespace AseanCyber.Testing.Cypher;

/// <summary>count, collect, sum, avg, min, max over one group's rows; nulls are skipped, DISTINCT drops equivalent values first.</summary>
internal static class Aggregations
{
    public static object? Compute(Expr call, List<Row> rows, Executor executor)
    {
        if (call is CountStar)
        {
            return (long)rows.Count;
        }

        var f = (FunctionCall)call;
        IEnumerable<object?> values = rows.Select(r => executor.Evaluate(f.Arguments[0], r)).Where(v => v is not null).ToList();
        if (f.Distinct)
        {
            values = values.Distinct(Values.Equivalence);
        }

        var list = values.ToList();
        switch (f.Name.ToUpperInvariant())
        {
            case "COUNT":
                return (long)list.Count;
            case "COLLECT":
                return list;
            case "MIN":
                return list.Count == 0 ? null : list.Aggregate((a, b) => Values.Order(a, b) <= 0 ? a : b);
            case "MAX":
                return list.Count == 0 ? null : list.Aggregate((a, b) => Values.Order(a, b) >= 0 ? a : b);
            case "SUM":
                return Sum(list);
            case "AVG":
                if (list.Count == 0)
                {
                    return null;
                }

                RequireNumbers(list, "avg");
                return list.Sum(Values.ToDouble) / list.Count;
            default:
                throw CypherException.NotSupported("The aggregation " + f.Name);
        }
    }

    private static object Sum(List<object?> list)
    {
        RequireNumbers(list, "sum");
        if (list.All(v => v is long))
        {
            try
            {
                return list.Aggregate(0L, (s, v) => checked(s + (long)v!));
            }
            catch (OverflowException)
            {
                throw new CypherException(CypherException.ArithmeticError, "long overflow");
            }
        }

        return list.Sum(Values.ToDouble);
    }

    private static void RequireNumbers(List<object?> list, string function)
    {
        if (list.FirstOrDefault(v => !Values.IsNumber(v)) is { } bad)
        {
            throw CypherException.Type($"{function}() can only handle numerical values, duration, and null. Got {Values.Describe(bad)}");
        }
    }
}
