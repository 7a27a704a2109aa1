namespace AseanCyber.Graph.Querying;

/// <summary>
/// A where-clause parsed once from GraphQL input (Hot Chocolate's conventions) and compiled by each store adapter:
/// to a predicate in the embedded graph, to Cypher with parameters on Neo4j. Field names are those of <see cref="Fields"/>.
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

/// <summary>
/// The fields a filter or sort may name, per node type. Scalar field values:
/// strings, ints (edition, year), and the model enums (kind, status, role).
/// </summary>
public static class Fields
{
    public static class Entry
    {
        public const string Id = "id";
        public const string Kind = "kind";
        public const string Section = "section";
        public const string Category = "category";
        public const string Title = "title";
        public const string Status = "status";
        public const string Edition = "edition";
        public const string Acronym = "acronym";
        public const string Description = "description";
        public const string Year = "year";

        /// <summary>Sort only: the start of the first date.</summary>
        public const string Date = "date";

        public const string Profile = "profile";
        public const string Countries = "countries";
        public const string Involvements = "involvements";
        public const string Bodies = "bodies";
        public const string Themes = "themes";
        public const string Places = "places";
        public const string Organizations = "organizations";
    }

    public static class Country
    {
        public const string Id = "id";
        public const string Code = "code";
        public const string Code3 = "code3";
        public const string Name = "name";
    }

    /// <summary>Used by Body, Theme, Organization and Place (Place adds "country"), and Profile (adds "acronym").</summary>
    public static class Named
    {
        public const string Id = "id";
        public const string Name = "name";
        public const string Acronym = "acronym";
        public const string Country = "country";
    }

    public static class Involvement
    {
        public const string Role = "role";
        public const string Evidence = "evidence";
        public const string Country = "country";
    }
}
