namespace AseanCyber.Graph.Querying;

/// <summary>
/// A where-clause parsed once from GraphQL input (Hot Chocolate's conventions) and compiled by each store adapter:
/// to a predicate in the embedded graph, to Cypher with parameters on Neo4j. Field names are those of the node type's catalog (<see cref="Catalog.NodeCatalog"/>).
/// </summary>
public abstract record Filter;

public sealed record AndFilter(IReadOnlyList<Filter> Operands) : Filter
{
    public bool Equals(AndFilter? other) => other is not null && Structural.SequenceEqual(Operands, other.Operands);

    public override int GetHashCode() => Structural.Hash(Operands);
}

public sealed record OrFilter(IReadOnlyList<Filter> Operands) : Filter
{
    public bool Equals(OrFilter? other) => other is not null && Structural.SequenceEqual(Operands, other.Operands);

    public override int GetHashCode() => Structural.Hash(Operands);
}

/// <summary>A comparison on a scalar field. <see cref="Value"/> is a string, an int, a model enum, null, or (for In/Nin) a list of those.</summary>
public sealed record FieldFilter(string Field, FilterOperator Operator, object? Value) : Filter
{
    public bool Equals(FieldFilter? other) =>
        other is not null && Field == other.Field && Operator == other.Operator && Structural.ValueEquals(Value, other.Value);

    public override int GetHashCode() => HashCode.Combine(Field, Operator, Structural.ValueHash(Value));
}

/// <summary>A condition on a list-valued relation: some/all/none of the related nodes match <see cref="Element"/>; any = the list is (not) empty.</summary>
public sealed record ListFilter(string Field, ListQuantifier Quantifier, Filter? Element, bool? Any = null) : Filter;

/// <summary>A condition on a single related node, such as an entry's profile.</summary>
public sealed record ObjectFilter(string Field, Filter Inner) : Filter;

public enum FilterOperator
{
    Eq,
    Neq,
    Contains,
    NContains,
    StartsWith,
    NStartsWith,
    EndsWith,
    NEndsWith,
    In,
    Nin,
    Gt,
    Gte,
    Lt,
    Lte,
}

public enum ListQuantifier
{
    Some,
    All,
    None,
    Any,
}

public enum SortDirection
{
    Asc,
    Desc,
}

public sealed record SortField(string Field, SortDirection Direction);

/// <summary>A filtered, sorted list of nodes of one type (by name unless sorted); fields are the type's catalog's.</summary>
public sealed record ListQuery(Filter? Where, IReadOnlyList<SortField> Order)
{
    public static readonly ListQuery All = new(null, []);

    public bool Equals(ListQuery? other) => other is not null && Equals(Where, other.Where) && Structural.SequenceEqual(Order, other.Order);

    public override int GetHashCode() => HashCode.Combine(Where, Structural.Hash(Order));
}

/// <summary>Equal by value (lists item by item), so equal arguments batch together wherever they were parsed.</summary>
public sealed record EntryQuery(Filter? Where, IReadOnlyList<SortField> Order, Window Window)
{
    /// <summary>Every entry, in the default order.</summary>
    public static readonly EntryQuery All = new(null, [], Window.All);

    public bool Equals(EntryQuery? other) =>
        other is not null && Equals(Where, other.Where) && Structural.SequenceEqual(Order, other.Order) && Window == other.Window;

    public override int GetHashCode() => HashCode.Combine(Where, Structural.Hash(Order), Window);
}

/// <summary>
/// The entries a <see cref="Window"/> selected, <see cref="Offset"/> the position of the first of them in the filtered,
/// sorted list of <see cref="TotalCount"/> entries (clamped to it when the window starts past the end).
/// </summary>
public sealed record EntryPage(IReadOnlyList<AseanCyber.Graph.Model.Entry> Entries, int Offset, int TotalCount)
{
    public static readonly EntryPage Empty = new([], 0, 0);

    public bool HasPreviousPage => Offset > 0;

    public bool HasNextPage => Offset + Entries.Count < TotalCount;
}

/// <summary>Item-by-item equality for the list members of the query records (records compare lists by reference).</summary>
internal static class Structural
{
    public static bool SequenceEqual<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) => ReferenceEquals(a, b) || a.SequenceEqual(b);

    public static int Hash<T>(IReadOnlyList<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>A filter value: a scalar, or an in/nin list compared item by item.</summary>
    public static bool ValueEquals(object? a, object? b) => (a, b) switch
    {
        (System.Collections.IEnumerable x, System.Collections.IEnumerable y) when a is not string && b is not string =>
            x.Cast<object?>().SequenceEqual(y.Cast<object?>()),
        _ => Equals(a, b),
    };

    public static int ValueHash(object? value)
    {
        if (value is System.Collections.IEnumerable list and not string)
        {
            var hash = new HashCode();
            foreach (var item in list)
            {
                hash.Add(item);
            }

            return hash.ToHashCode();
        }

        return value?.GetHashCode() ?? 0;
    }
}
