using AseanCyber.Graph.Querying;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace AseanCyber.Api.Entries;

public sealed class PageInfoType : ObjectGraphType<EntryPage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.Entries.Count > 0 ? c.Source.CursorAt(0) : null);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.Entries.Count > 0 ? c.Source.CursorAt(c.Source.Entries.Count - 1) : null);
    }
}

/// <summary>An entry with its cursor, made by the connection from the page's offset.</summary>
public sealed record EntryEdge(AseanCyber.Graph.Model.Entry Entry, string Cursor);

public sealed class EntriesEdgeType : ObjectGraphType<EntryEdge>
{
    public EntriesEdgeType()
    {
        Name = "EntriesEdge";
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<EntryType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Entry);
    }
}

public sealed class EntriesConnectionType : ObjectGraphType<EntryPage>
{
    public EntriesConnectionType()
    {
        Name = "EntriesConnection";
        Description = "A connection to a list of entries.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many entries match, across all pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntryType>>>>("nodes")
            .Description("A flattened list of the nodes.")
            .Resolve(c => c.Source.Entries)
            .FieldType.WithComplexityImpact(PageItemsImpact);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntriesEdgeType>>>>("edges")
            .Description("A list of edges.")
            .Resolve(c => c.Source.Entries.Select((entry, i) => new EntryEdge(entry, c.Source.CursorAt(i))))
            .FieldType.WithComplexityImpact(PageItemsImpact);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source);
    }

    /// <summary>A page's items count once per entry the connection may return: first or last, else the default page size.</summary>
    private static FieldComplexityResult PageItemsImpact(FieldImpactContext context)
    {
        var arguments = context.Parent?.Arguments;
        var size = PageSize(arguments, "first") ?? PageSize(arguments, "last") ?? EntryPaging.DefaultPageSize;
        return new FieldComplexityResult(1, Math.Max(size, 1));
    }

    private static int? PageSize(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) && value.Value is int size ? size : null;
}
