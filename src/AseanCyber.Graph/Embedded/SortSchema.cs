using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// The sortable fields of one node type. Rules: strings compare ordinally (as Neo4j does), enums by declaration order,
/// null is the smallest value (first in ASC, last in DESC, as in Hot Chocolate's and Cypher's ordering), and equal keys
/// fall back to a fixed tie-break so every order is total and paging is stable.
/// </summary>
internal sealed class SortSchema<T>
{
    private readonly Dictionary<string, Comparison<T>> _keys = new(StringComparer.Ordinal);

    private SortSchema(string typeName) => TypeName = typeName;

    public string TypeName { get; }

    public static SortSchema<T> From(NodeCatalog<T> catalog)
    {
        var schema = new SortSchema<T>(catalog.TypeName);
        foreach (var field in catalog.TypedFields.Where(f => f.Sortable))
        {
            schema._keys.Add(field.Name, field.Accept(Keys.Instance));
        }

        return schema;
    }

    /// <summary>
    /// The comparison of <paramref name="order"/>'s keys, read through <paramref name="key"/>, then <paramref name="tieBreak"/>.
    /// </summary>
    public Comparison<TRow> Compile<TRow>(IReadOnlyList<SortField> order, Func<TRow, T> key, Comparison<TRow> tieBreak)
    {
        if (order.Count == 0)
        {
            return tieBreak;
        }

        var keys = new Comparison<T>[order.Count];
        var descending = new bool[order.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = _keys.TryGetValue(order[i].Field, out var compare)
                ? compare
                : throw new ArgumentException($"{TypeName} cannot be sorted by '{order[i].Field}'.", nameof(order));
            descending[i] = order[i].Direction == SortDirection.Desc;
        }

        return (a, b) =>
        {
            var (x, y) = (key(a), key(b));
            for (var i = 0; i < keys.Length; i++)
            {
                var c = keys[i](x, y);
                if (c != 0)
                {
                    return descending[i] ? (c < 0 ? 1 : -1) : c;
                }
            }

            return tieBreak(a, b);
        };
    }

    private sealed class Keys : ICatalogFieldVisitor<T, Comparison<T>>
    {
        public static readonly Keys Instance = new();

        public Comparison<T> Text(TextField<T> field) => (a, b) => string.CompareOrdinal(field.Read(a), field.Read(b));

        public Comparison<T> Int(IntField<T> field) => (a, b) => Nullable.Compare(field.Read(a), field.Read(b));

        public Comparison<T> Enum<TEnum>(EnumField<T, TEnum> field)
            where TEnum : struct, Enum => (a, b) => Nullable.Compare(field.Read(a), field.Read(b));

        public Comparison<T> Object<TInner>(ObjectField<T, TInner> field)
            where TInner : class => throw Unsortable(field);

        public Comparison<T> List<TElement>(ListField<T, TElement> field) => throw Unsortable(field);

        private static InvalidOperationException Unsortable(CatalogField field) => new($"Relation '{field.Name}' cannot be a sort key.");
    }
}
