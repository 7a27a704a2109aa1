using System.Globalization;

namespace AseanCyber.Testing.Cypher;

/// <summary>The scalar functions (case-insensitive names), and which names are aggregations.</summary>
internal static class Functions
{
    private static readonly HashSet<string> Aggregates = new(StringComparer.OrdinalIgnoreCase) { "count", "collect", "sum", "avg", "min", "max" };

    /// <summary>Functions Neo4j has but this engine does not: using one is Unsupported, not a syntax error.</summary>
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "datetime", "localdatetime", "time", "localtime", "duration", "point", "point.distance", "distance", "percentileCont",
        "percentileDisc", "stDev", "stDevP", "randomUUID", "rand", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
        "atan2", "pi", "e", "degrees", "radians", "haversin", "cot", "isNaN", "valueType", "nullIf", "btrim", "normalize", "char_length",
        "character_length", "isEmpty", "toBooleanList", "toFloatList", "toIntegerList", "toStringList", "tail", "exists",
        "db.nameFromElementId", "vector.similarity.cosine", "vector.similarity.euclidean",
    };

    private static readonly Dictionary<string, (int Min, int Max, Func<object?[], ExecutionContext, object?> Body)> Scalars =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["coalesce"] = (1, int.MaxValue, (a, _) => a.FirstOrDefault(v => v is not null)),
            ["toUpper"] = (1, 1, (a, _) => Str(a[0], "toUpper")?.ToUpperInvariant()),
            ["upper"] = (1, 1, (a, _) => Str(a[0], "upper")?.ToUpperInvariant()),
            ["toLower"] = (1, 1, (a, _) => Str(a[0], "toLower")?.ToLowerInvariant()),
            ["lower"] = (1, 1, (a, _) => Str(a[0], "lower")?.ToLowerInvariant()),
            ["trim"] = (1, 1, (a, _) => Str(a[0], "trim")?.Trim()),
            ["ltrim"] = (1, 1, (a, _) => Str(a[0], "ltrim")?.TrimStart()),
            ["rtrim"] = (1, 1, (a, _) => Str(a[0], "rtrim")?.TrimEnd()),
            ["replace"] = (3, 3, (a, _) => a.Any(v => v is null) ? null
                : Str(a[0], "replace")!.Replace(Str(a[1], "replace")!, Str(a[2], "replace"), StringComparison.Ordinal)),
            ["split"] = (2, 2, (a, _) => Split(a[0], a[1])),
            ["substring"] = (2, 3, (a, _) => Substring(a)),
            ["left"] = (2, 2, (a, _) => Left(a[0], a[1], fromRight: false)),
            ["right"] = (2, 2, (a, _) => Left(a[0], a[1], fromRight: true)),
            ["reverse"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                string s => new string([.. s.Reverse()]),
                List<object?> l => Enumerable.Reverse(l).ToList(),
                var v => throw CypherException.Type($"Invalid input for function 'reverse()': Expected a string or a list, got: {Values.Describe(v)}"),
            }),
            ["size"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                string s => (long)s.Length,
                List<object?> l => (long)l.Count,
                var v => throw CypherException.Type($"Invalid input for function 'size()': Expected a String or List, got: {Values.Describe(v)}"),
            }),
            ["head"] = (1, 1, (a, _) => List(a[0], "head") is { } l ? l.FirstOrDefault() : null),
            ["last"] = (1, 1, (a, _) => List(a[0], "last") is { } l ? l.LastOrDefault() : null),
            ["range"] = (2, 3, (a, _) => Range(a)),
            ["nodes"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                PathValue p => p.Nodes.Cast<object?>().ToList(),
                var v => throw CypherException.Type($"Invalid input for function 'nodes()': Expected a path, got: {Values.Describe(v)}"),
            }),
            ["relationships"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                PathValue p => p.Relationships.Cast<object?>().ToList(),
                var v => throw CypherException.Type($"Invalid input for function 'relationships()': Expected a path, got: {Values.Describe(v)}"),
            }),
            ["length"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                PathValue p => (long)p.Relationships.Count,
                var v => throw CypherException.Type($"Invalid input for function 'length()': Expected a path, got: {Values.Describe(v)}"),
            }),
            ["labels"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                NodeEntity n => n.Labels.Cast<object?>().ToList(),
                var v => throw CypherException.Type($"Invalid input for function 'labels()': Expected a node, got: {Values.Describe(v)}"),
            }),
            ["type"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                RelEntity r => r.Type,
                var v => throw CypherException.Type($"Invalid input for function 'type()': Expected a relationship, got: {Values.Describe(v)}"),
            }),
            ["id"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                NodeEntity n => n.Id,
                RelEntity r => r.Id,
                var v => throw CypherException.Type($"Invalid input for function 'id()': Expected a node or relationship, got: {Values.Describe(v)}"),
            }),
            ["elementId"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                NodeEntity n => n.ElementId,
                RelEntity r => r.ElementId,
                var v => throw CypherException.Type($"Invalid input for function 'elementId()': Expected a node or relationship, got: {Values.Describe(v)}"),
            }),
            ["startNode"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                RelEntity r => r.Start,
                var v => throw CypherException.Type($"Invalid input for function 'startNode()': Expected a relationship, got: {Values.Describe(v)}"),
            }),
            ["endNode"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                RelEntity r => r.End,
                var v => throw CypherException.Type($"Invalid input for function 'endNode()': Expected a relationship, got: {Values.Describe(v)}"),
            }),
            ["keys"] = (1, 1, (a, _) => PropertyMap(a[0], "keys")?.Keys.Cast<object?>().ToList()),
            ["properties"] = (1, 1, (a, _) => PropertyMap(a[0], "properties") is { } m ? new Dictionary<string, object?>(m, StringComparer.Ordinal) : null),
            ["toString"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                string or long or double or bool => Arithmetic.Text(a[0]!),
                var v => throw CypherException.Type($"Invalid input for function 'toString()': Expected a String, Number, Boolean, Temporal or Duration, got: {Values.Describe(v)}"),
            }),
            ["toInteger"] = (1, 1, (a, _) => ToInteger(a[0])),
            ["toFloat"] = (1, 1, (a, _) => ToFloat(a[0])),
            ["toBoolean"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                bool b => b,
                string s when string.Equals(s.Trim(), "true", StringComparison.OrdinalIgnoreCase) => true,
                string s when string.Equals(s.Trim(), "false", StringComparison.OrdinalIgnoreCase) => false,
                string => null,
                long l => l != 0,
                var v => throw CypherException.Type($"Invalid input for function 'toBoolean()': Expected a String, Integer or Boolean, got: {Values.Describe(v)}"),
            }),
            ["abs"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                long l => l == long.MinValue ? throw new CypherException(CypherException.ArithmeticError, "long overflow") : Math.Abs(l),
                double d => Math.Abs(d),
                var v => throw NumberExpected("abs", v),
            }),
            ["sign"] = (1, 1, (a, _) => a[0] switch
            {
                null => null,
                long l => (long)Math.Sign(l),
                double d => (long)Math.Sign(d),
                var v => throw NumberExpected("sign", v),
            }),
            ["ceil"] = (1, 1, (a, _) => Real(a[0], "ceil", Math.Ceiling)),
            ["floor"] = (1, 1, (a, _) => Real(a[0], "floor", Math.Floor)),
            ["round"] = (1, 1, (a, _) => Real(a[0], "round", d => Math.Round(d, MidpointRounding.AwayFromZero))),
            ["sqrt"] = (1, 1, (a, _) => Real(a[0], "sqrt", Math.Sqrt)),
            ["timestamp"] = (0, 0, (_, ctx) => ctx.Timestamp),
        };

    public static bool IsAggregate(string name) => Aggregates.Contains(name);

    public static bool IsKnown(string name)
    {
        if (Aggregates.Contains(name) || Scalars.ContainsKey(name))
        {
            return true;
        }

        return Known.Contains(name) || name.StartsWith("apoc.", StringComparison.OrdinalIgnoreCase)
            ? throw CypherException.NotSupported($"The function {name}()")
            : false;
    }

    public static void CheckArity(string name, int count)
    {
        var (min, max) = Aggregates.Contains(name) ? (1, 1) : (Scalars[name].Min, Scalars[name].Max);
        if (count < min || count > max)
        {
            throw CypherException.Syntax($"Insufficient or too many parameters for function '{name}' ({count.ToString(CultureInfo.InvariantCulture)} given)");
        }
    }

    public static object? Invoke(string name, object?[] arguments, ExecutionContext ctx) => Scalars[name].Body(arguments, ctx);

    private static string? Str(object? v, string function) => v switch
    {
        null => null,
        string s => s,
        _ => throw CypherException.Type($"Expected a string value for `{function}`, but got: {Values.Describe(v)}; consider converting it to a string with toString()."),
    };

    private static List<object?>? List(object? v, string function) => v switch
    {
        null => null,
        List<object?> l => l,
        _ => throw CypherException.Type($"Invalid input for function '{function}()': Expected a list, got: {Values.Describe(v)}"),
    };

    private static CypherException NumberExpected(string function, object? v) =>
        CypherException.Type($"Invalid input for function '{function}()': Expected a numeric value, got: {Values.Describe(v)}");

    private static object? Real(object? v, string function, Func<double, double> f) => v switch
    {
        null => null,
        long l => f(l),
        double d => f(d),
        _ => throw NumberExpected(function, v),
    };

    private static Dictionary<string, object?>? PropertyMap(object? v, string function) => v switch
    {
        null => null,
        NodeEntity n => n.Properties,
        RelEntity r => r.Properties,
        Dictionary<string, object?> m => m,
        _ => throw CypherException.Type($"Invalid input for function '{function}()': Expected a node, a relationship or a map, got: {Values.Describe(v)}"),
    };

    private static List<object?>? Split(object? value, object? delimiter)
    {
        if (value is null || delimiter is null)
        {
            return null;
        }

        var s = Str(value, "split")!;
        var parts = delimiter switch
        {
            string d when d.Length == 0 => s.Select(c => c.ToString()).ToArray(),
            string d => s.Split(d),
            List<object?> ds => s.Split([.. ds.Select(x => Str(x, "split")!)], StringSplitOptions.None),
            _ => throw CypherException.Type($"Invalid input for function 'split()': Expected a string delimiter, got: {Values.Describe(delimiter)}"),
        };
        return parts.Cast<object?>().ToList();
    }

    private static string? Substring(object?[] a)
    {
        if (a[0] is null)
        {
            return null;
        }

        var s = Str(a[0], "substring")!;
        var start = Integer(a[1], "substring");
        var length = a.Length > 2 ? Integer(a[2], "substring") : long.MaxValue;
        if (start < 0 || length < 0)
        {
            throw CypherException.Argument("Invalid input for function 'substring()': start and length must be non-negative.");
        }

        if (start >= s.Length)
        {
            return "";
        }

        return s.Substring((int)start, (int)Math.Min(length, s.Length - start));
    }

    private static object? Left(object? value, object? count, bool fromRight)
    {
        if (value is null)
        {
            return null;
        }

        var s = Str(value, fromRight ? "right" : "left")!;
        if (count is null)
        {
            throw CypherException.Argument($"Invalid input for function '{(fromRight ? "right" : "left")}()': length must not be null.");
        }

        var n = Integer(count, fromRight ? "right" : "left");
        if (n < 0)
        {
            throw CypherException.Argument($"Invalid input for function '{(fromRight ? "right" : "left")}()': length must be non-negative.");
        }

        var take = (int)Math.Min(n, s.Length);
        return fromRight ? s[(s.Length - take)..] : s[..take];
    }

    private static long Integer(object? v, string function) => v is long l
        ? l
        : throw CypherException.Type($"Invalid input for function '{function}()': Expected an integer, got: {Values.Describe(v)}");

    private static List<object?> Range(object?[] a)
    {
        var start = Integer(a[0], "range");
        var end = Integer(a[1], "range");
        var step = a.Length > 2 ? Integer(a[2], "range") : 1;
        if (step == 0)
        {
            throw CypherException.Argument("Invalid input for function 'range()': step argument to range() can't be 0");
        }

        var list = new List<object?>();
        for (var i = start; step > 0 ? i <= end : i >= end; i += step)
        {
            list.Add(i);
            if (list.Count > 10_000_000)
            {
                throw CypherException.Argument("range() is too long for the in-memory engine.");
            }
        }

        return list;
    }

    private static object? ToInteger(object? v) => v switch
    {
        null => null,
        long l => l,
        double d => double.IsNaN(d) || double.IsInfinity(d) ? null : (long)Math.Truncate(d),
        bool b => b ? 1L : 0L,
        string s => long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsNaN(d) && !double.IsInfinity(d)
                ? (long)Math.Truncate(d)
                : null,
        _ => throw CypherException.Type($"Invalid input for function 'toInteger()': Expected a String, Number or Boolean, got: {Values.Describe(v)}"),
    };

    private static object? ToFloat(object? v) => v switch
    {
        null => null,
        long l => (double)l,
        double d => d,
        string s => double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        _ => throw CypherException.Type($"Invalid input for function 'toFloat()': Expected a String or Number, got: {Values.Describe(v)}"),
    };
}
