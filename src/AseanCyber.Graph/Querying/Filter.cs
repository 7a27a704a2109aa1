namespace AseanCyber.Graph.Querying;

/// <summary>
/// A where-clause parsed once from GraphQL input (Hot Chocolate's conventions) and compiled by each store adapter:
/// to a predicate in the embedded graph, to Cypher with parameters on Neo4j. Field names are those of the node type's catalog (<see cref="Catalog.NodeCatalog"/>).
/// </summary>
public abstract record Filter;

public sealed record AndFilter(IReadOnlyList<Filter> Operands) : Filter;

public sealed record OrFilter(IReadOnlyList<Filter> Operands) : Filter;

/// <summary>A comparison on a scalar field. <see cref="Value"/> is a string, an int, a model enum, null, or (for In/Nin) a list of those.</summary>
public sealed record FieldFilter(string Field, FilterOperator Operator, object? Value) : Filter;

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

/// <summary>Relay-style paging arguments, already checked against the API's limits.</summary>
public sealed record PageRequest(int? First, string? After, int? Last, string? Before)
{
    public static readonly PageRequest Default = new(null, null, null, null);
}

public sealed record EntryQuery(Filter? Where, IReadOnlyList<SortField> Order, PageRequest Page)
{
    public static readonly EntryQuery All = new(null, [], PageRequest.Default);
}

public sealed record EntryEdge(AseanCyber.Graph.Model.Entry Entry, string Cursor);

public sealed record EntryPage(IReadOnlyList<EntryEdge> Edges, int TotalCount, bool HasNextPage, bool HasPreviousPage)
{
    public static readonly EntryPage Empty = new([], 0, false, false);
}
