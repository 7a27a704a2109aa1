using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace AseanCyber.Testing.Cypher;

/// <summary>
/// Values inside the engine: null, bool, long, double, string, <see cref="List{T}"/> of values, <see cref="Dictionary{TKey, TValue}"/>
/// (maps), <see cref="NodeEntity"/>, <see cref="RelEntity"/>, <see cref="PathValue"/>. Equality, comparison, ordering and
/// equivalence follow the Cypher manual's "Equality, ordering, and comparison of value types".
/// </summary>
internal static class Values
{
    public static readonly IEqualityComparer<object?> Equivalence = new EquivalenceComparer();

    public static readonly IEqualityComparer<IReadOnlyList<object?>> RowEquivalence = new RowEquivalenceComparer();

    public static string TypeName(object? v) => v switch
    {
        null => "NULL",
        bool => "BOOLEAN",
        long => "INTEGER",
        double => "FLOAT",
        string => "STRING",
        List<object?> => "LIST",
        Dictionary<string, object?> => "MAP",
        NodeEntity => "NODE",
        RelEntity => "RELATIONSHIP",
        PathValue => "PATH",
        _ => v.GetType().Name,
    };

    public static string Describe(object? v) => v switch
    {
        null => "NO_VALUE",
        string s => $"String(\"{s}\")",
        long l => $"Long({l.ToString(CultureInfo.InvariantCulture)})",
        double d => $"Double({d.ToString("R", CultureInfo.InvariantCulture)})",
        bool b => b ? "Boolean(true)" : "Boolean(false)",
        NodeEntity n => $"Node({n.Id.ToString(CultureInfo.InvariantCulture)})",
        RelEntity r => $"Relationship({r.Id.ToString(CultureInfo.InvariantCulture)})",
        _ => TypeName(v),
    };

    public static bool IsNumber(object? v) => v is long or double;

    public static double ToDouble(object? v) => v is long l ? l : (double)v!;

    // ---- parameters in, results out -----------------------------------------------------------------------------------

    public static object? FromParameter(object? value, string path) => value switch
    {
        null => null,
        string or bool or long or double => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        sbyte sb => (long)sb,
        ushort us => (long)us,
        uint ui => (long)ui,
        ulong ul when ul <= long.MaxValue => (long)ul,
        float f => (double)f,
        decimal m => (double)m,
        char c => c.ToString(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        JsonElement json => FromJson(json, path),
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => FromParameter(p.Value, path + "." + p.Key), StringComparer.Ordinal),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => FromParameter(p.Value, path + "." + p.Key), StringComparer.Ordinal),
        IDictionary map => map.Keys.Cast<object>().ToDictionary(
            k => k as string ?? throw new ArgumentException($"Parameter {path} has a map key that is not a string."),
            k => FromParameter(map[k], path + "." + k),
            StringComparer.Ordinal),
        IEnumerable list => list.Cast<object?>().Select((v, i) => FromParameter(v, $"{path}[{i}]")).ToList(),
        _ => throw new ArgumentException($"Parameter {path} has a value of type {value.GetType().Name}, which a Query API request cannot carry."),
    };

    private static object? FromJson(JsonElement json, string path) => json.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt64(out var l) && !json.GetRawText().Contains('.', StringComparison.Ordinal)
            && !json.GetRawText().Contains('e', StringComparison.OrdinalIgnoreCase)
            ? (object)l
            : json.GetDouble(),
        JsonValueKind.Array => json.EnumerateArray().Select((v, i) => FromJson(v, $"{path}[{i}]")).ToList(),
        JsonValueKind.Object => json.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value, path + "." + p.Name), StringComparer.Ordinal),
        _ => throw new ArgumentException($"Parameter {path} is not a JSON value."),
    };

    public static object? ToOutput(object? value) => value switch
    {
        List<object?> list => (IReadOnlyList<object?>)list.Select(ToOutput).ToList(),
        Dictionary<string, object?> map => (IReadOnlyDictionary<string, object?>)map.ToDictionary(p => p.Key, p => ToOutput(p.Value), StringComparer.Ordinal),
        NodeEntity n => ToOutput(n),
        RelEntity r => ToOutput(r),
        PathValue p => new CypherPath([.. p.Nodes.Select(ToOutput)], [.. p.Relationships.Select(ToOutput)]),
        _ => value,
    };

    private static CypherNode ToOutput(NodeEntity n) =>
        new(n.ElementId, n.Id, [.. n.Labels], n.Properties.ToDictionary(p => p.Key, p => ToOutput(p.Value), StringComparer.Ordinal));

    private static CypherRelationship ToOutput(RelEntity r) =>
        new(r.ElementId, r.Id, r.Type, r.Start.ElementId, r.End.ElementId, r.Properties.ToDictionary(p => p.Key, p => ToOutput(p.Value), StringComparer.Ordinal));

    // ---- property values ----------------------------------------------------------------------------------------------

    /// <summary>What a property may hold: a primitive or a homogeneous list of primitives without null (copied, so later changes to the list do not leak in).</summary>
    public static object? ToPropertyValue(object? value, string key) => value switch
    {
        null or bool or long or double or string => value,
        List<object?> list when list.Count == 0 => new List<object?>(),
        List<object?> list when list.Any(v => v is null) =>
            throw CypherException.Type($"Collections containing null values can not be stored in properties (property '{key}')."),
        List<object?> list when list.All(v => v is string) || list.All(v => v is long) || list.All(v => v is double) || list.All(v => v is bool) =>
            new List<object?>(list),
        List<object?> => throw CypherException.Type($"Collections containing mixed types can not be stored in properties (property '{key}')."),
        _ => throw CypherException.Type($"Property values can only be of primitive types or arrays thereof. Encountered: {Describe(value)} for property '{key}'."),
    };

    // ---- equality (=, <>, IN) -----------------------------------------------------------------------------------------

    public static bool? Equal(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long x when b is long y:
                return x == y;
            case long or double when b is long or double:
                return NumbersEqual(a, b);
            case string x when b is string y:
                return string.Equals(x, y, StringComparison.Ordinal);
            case bool x when b is bool y:
                return x == y;
            case List<object?> x when b is List<object?> y:
                return SequenceEqual(x, y);
            case Dictionary<string, object?> x when b is Dictionary<string, object?> y:
                if (x.Count != y.Count || x.Keys.Any(k => !y.ContainsKey(k)))
                {
                    return false;
                }

                return SequenceEqual([.. x.Keys.Select(k => x[k])], [.. x.Keys.Select(k => y[k])]);
            case NodeEntity x when b is NodeEntity y:
                return x.Id == y.Id;
            case RelEntity x when b is RelEntity y:
                return x.Id == y.Id;
            case PathValue x when b is PathValue y:
                return x.Nodes.Select(n => n.Id).SequenceEqual(y.Nodes.Select(n => n.Id))
                    && x.Relationships.Select(r => r.Id).SequenceEqual(y.Relationships.Select(r => r.Id));
            default:
                return false;
        }
    }

    private static bool NumbersEqual(object a, object b)
    {
        if (a is long x && b is double d)
        {
            return LongEqualsDouble(x, d);
        }

        if (a is double d2 && b is long y)
        {
            return LongEqualsDouble(y, d2);
        }

        return (double)a == (double)b;
    }

    private static bool LongEqualsDouble(long l, double d) =>
        !double.IsNaN(d) && d >= -9.2233720368547758E18 && d < 9.2233720368547758E18 && Math.Floor(d) == d && (long)d == l;

    private static bool? SequenceEqual(List<object?> x, List<object?> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        var unknown = false;
        for (var i = 0; i < x.Count; i++)
        {
            switch (Equal(x[i], y[i]))
            {
                case false:
                    return false;
                case null:
                    unknown = true;
                    break;
                default:
                    break;
            }
        }

        return unknown ? null : true;
    }

    // ---- comparison (<, <=, >, >=) ------------------------------------------------------------------------------------

    /// <summary>The result of a comparison operator: null for null operands and for values of types that do not compare.</summary>
    public static bool? Compare(string op, object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (a is double da && double.IsNaN(da) && IsNumber(b) || b is double db && double.IsNaN(db) && IsNumber(a))
        {
            return false;
        }

        var c = Comparison(a, b);
        return c is not { } v ? null : op switch
        {
            "<" => v < 0,
            "<=" => v <= 0,
            ">" => v > 0,
            ">=" => v >= 0,
            _ => throw new InvalidOperationException(op),
        };
    }

    private static int? Comparison(object a, object b)
    {
        switch (a)
        {
            case long x when b is long y:
                return x.CompareTo(y);
            case long or double when b is long or double:
                return CompareNumbers(a, b);
            case string x when b is string y:
                return Math.Sign(string.CompareOrdinal(x, y));
            case bool x when b is bool y:
                return x.CompareTo(y);
            case List<object?> x when b is List<object?> y:
                for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
                {
                    if (x[i] is null || y[i] is null)
                    {
                        return null;
                    }

                    var c = Comparison(x[i]!, y[i]!);
                    if (c != 0)
                    {
                        return c;
                    }
                }

                return x.Count.CompareTo(y.Count);
            default:
                return null;
        }
    }

    private static int CompareNumbers(object a, object b)
    {
        if (a is long x && b is long y)
        {
            return x.CompareTo(y);
        }

        // Compare a long with a double exactly, without losing the long's low bits.
        if (a is long l && b is double d)
        {
            return -CompareDoubleLong(d, l);
        }

        if (a is double d2 && b is long l2)
        {
            return CompareDoubleLong(d2, l2);
        }

        return ((double)a).CompareTo((double)b);
    }

    private static int CompareDoubleLong(double d, long l)
    {
        if (double.IsNaN(d))
        {
            return 1;
        }

        if (d < -9.2233720368547758E18)
        {
            return -1;
        }

        if (d >= 9.2233720368547758E18)
        {
            return 1;
        }

        var truncated = (long)Math.Floor(d);
        var c = truncated.CompareTo(l);
        return c != 0 ? c : (d > Math.Floor(d) ? 1 : 0);
    }

    // ---- ordering (ORDER BY, min, max) --------------------------------------------------------------------------------

    /// <summary>The total order ORDER BY uses: MAP &lt; NODE &lt; RELATIONSHIP &lt; LIST &lt; PATH &lt; STRING &lt; BOOLEAN &lt; NUMBER &lt; null.</summary>
    public static int Order(object? a, object? b)
    {
        var ra = Rank(a);
        var rb = Rank(b);
        if (ra != rb)
        {
            return ra.CompareTo(rb);
        }

        switch (a)
        {
            case null:
                return 0;
            case long or double:
                var da = ToDouble(a);
                var db = ToDouble(b!);
                if (double.IsNaN(da) || double.IsNaN(db))
                {
                    return double.IsNaN(da).CompareTo(double.IsNaN(db));
                }

                return CompareNumbers(a, b!);
            case string x:
                return Math.Sign(string.CompareOrdinal(x, (string)b!));
            case bool x:
                return x.CompareTo((bool)b!);
            case List<object?> x:
                return OrderSequences(x, (List<object?>)b!);
            case PathValue x:
                return OrderSequences(PathElements(x), PathElements((PathValue)b!));
            case NodeEntity x:
                return x.Id.CompareTo(((NodeEntity)b!).Id);
            case RelEntity x:
                return x.Id.CompareTo(((RelEntity)b!).Id);
            case Dictionary<string, object?> x:
                var y = (Dictionary<string, object?>)b!;
                var kx = x.Keys.Order(StringComparer.Ordinal).ToList();
                var ky = y.Keys.Order(StringComparer.Ordinal).ToList();
                var keys = OrderSequences([.. kx], [.. ky]);
                return keys != 0 ? keys : OrderSequences([.. kx.Select(k => x[k])], [.. ky.Select(k => y[k])]);
            default:
                return 0;
        }
    }

    private static List<object?> PathElements(PathValue p)
    {
        var list = new List<object?> { p.Nodes[0] };
        for (var i = 0; i < p.Relationships.Count; i++)
        {
            list.Add(p.Relationships[i]);
            list.Add(p.Nodes[i + 1]);
        }

        return list;
    }

    private static int OrderSequences(List<object?> x, List<object?> y)
    {
        for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
        {
            var c = Order(x[i], y[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return x.Count.CompareTo(y.Count);
    }

    private static int Rank(object? v) => v switch
    {
        Dictionary<string, object?> => 0,
        NodeEntity => 1,
        RelEntity => 2,
        List<object?> => 3,
        PathValue => 4,
        string => 5,
        bool => 6,
        long or double => 7,
        null => 9,
        _ => 8,
    };

    // ---- equivalence (DISTINCT, grouping, UNION) ----------------------------------------------------------------------

    private static bool Equivalent(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is double x && b is double y && double.IsNaN(x) && double.IsNaN(y))
        {
            return true;
        }

        return a switch
        {
            List<object?> la when b is List<object?> lb => la.Count == lb.Count && la.Zip(lb).All(p => Equivalent(p.First, p.Second)),
            Dictionary<string, object?> ma when b is Dictionary<string, object?> mb =>
                ma.Count == mb.Count && ma.All(p => mb.TryGetValue(p.Key, out var v) && Equivalent(p.Value, v)),
            _ => Equal(a, b) == true,
        };
    }

    private static int Hash(object? v) => v switch
    {
        null => 0,
        long l => ((double)l).GetHashCode(),
        double d => d.GetHashCode(),
        string s => StringComparer.Ordinal.GetHashCode(s),
        bool b => b ? 1 : 2,
        List<object?> list => list.Aggregate(17, (h, x) => (h * 31) + Hash(x)),
        Dictionary<string, object?> map => map.Aggregate(19, (h, p) => h ^ HashCode.Combine(StringComparer.Ordinal.GetHashCode(p.Key), Hash(p.Value))),
        NodeEntity n => HashCode.Combine(1, n.Id),
        RelEntity r => HashCode.Combine(2, r.Id),
        PathValue p => p.Nodes.Aggregate(23, (h, n) => (h * 31) + n.Id.GetHashCode()),
        _ => v.GetHashCode(),
    };

    private sealed class EquivalenceComparer : IEqualityComparer<object?>
    {
        public new bool Equals(object? x, object? y) => Equivalent(x, y);

        public int GetHashCode(object? obj) => Hash(obj);
    }

    private sealed class RowEquivalenceComparer : IEqualityComparer<IReadOnlyList<object?>>
    {
        public bool Equals(IReadOnlyList<object?>? x, IReadOnlyList<object?>? y) =>
            x is not null && y is not null && x.Count == y.Count && x.Zip(y).All(p => Equivalent(p.First, p.Second));

        public int GetHashCode(IReadOnlyList<object?> obj) => obj.Aggregate(29, (h, v) => (h * 31) + Hash(v));
    }
}
