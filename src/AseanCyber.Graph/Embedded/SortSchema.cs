using AseanCyber.Graph.Querying;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// The sortable fields of one node type. Rules: strings compare ordinally (as Neo4j does), enums by declaration order,
/// null is the smallest value (first in ASC, last in DESC, as in Hot Chocolate's and Cypher's ordering), and equal keys
/// fall back to the type's fixed tie-break so every order is total and paging is stable.
/// </summary>
internal sealed class SortSchema<T>(string typeName, Comparison<T> tieBreak)
{
    private readonly Dictionary<string, Comparison<T>> _keys = new(StringComparer.Ordinal);

    public SortSchema<T> String(string name, Func<T, string?> get)
    {
        _keys.Add(name, (a, b) => string.CompareOrdinal(get(a), get(b)));
        return this;
    }

    public SortSchema<T> Int(string name, Func<T, int?> get)
    {
        _keys.Add(name, (a, b) => Nullable.Compare(get(a), get(b)));
        return this;
    }

    public SortSchema<T> Enum<TEnum>(string name, Func<T, TEnum?> get)
        where TEnum : struct, Enum
    {
        _keys.Add(name, (a, b) => Nullable.Compare(get(a), get(b)));
        return this;
    }

    /// <summary>The comparison for <paramref name="order"/>, or for <paramref name="defaultOrder"/> when it is empty.</summary>
    public Comparison<T> Compile(IReadOnlyList<SortField> order, IReadOnlyList<SortField> defaultOrder)
    {
        var fields = order.Count > 0 ? order : defaultOrder;
        if (fields.Count == 0)
        {
            return tieBreak;
        }

        var keys = new Comparison<T>[fields.Count];
        var descending = new bool[fields.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = _keys.TryGetValue(fields[i].Field, out var key)
                ? key
                : throw new ArgumentException($"{typeName} cannot be sorted by '{fields[i].Field}'.", nameof(order));
            descending[i] = fields[i].Direction == SortDirection.Desc;
        }

        return (a, b) =>
        {
            for (var i = 0; i < keys.Length; i++)
            {
                var c = keys[i](a, b);
                if (c != 0)
                {
                    return descending[i] ? (c < 0 ? 1 : -1) : c;
                }
            }

            return tieBreak(a, b);
        };
    }
}
