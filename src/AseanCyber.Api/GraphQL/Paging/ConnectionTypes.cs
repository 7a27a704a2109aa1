using AseanCyber.Api.Entries;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace AseanCyber.Api.GraphQL.Paging;

/// <summary>One window of a longer list as a connection shows it: its items, where they start among all matches, how many match.</summary>
public sealed record ConnectionWindow<TItem>(IReadOnlyList<TItem> Items, int Offset, int TotalCount) : IPageInfo
{
    public bool HasPreviousPage => Offset > 0;

    public bool HasNextPage => Offset + Items.Count < TotalCount;

    public string? StartCursor => Items.Count > 0 ? CursorAt(0) : null;

    public string? EndCursor => Items.Count > 0 ? CursorAt(Items.Count - 1) : null;

    public string CursorAt(int index) => EntryPaging.EncodeCursor(Offset + index);
}

/// <summary>What <see cref="PageInfoType"/> shows of any connection's window.</summary>
public interface IPageInfo
{
    bool HasPreviousPage { get; }

    bool HasNextPage { get; }

    string? StartCursor { get; }

    string? EndCursor { get; }
}

/// <summary>An item with its cursor.</summary>
public sealed record Edge<TItem>(TItem Node, string Cursor);

public sealed class PageInfoType : ObjectGraphType<IPageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}

/// <summary>The edge type of a connection of <typeparamref name="TNodeType"/> items (Hot Chocolate's shape: cursor, node).</summary>
public abstract class EdgeType<TItem, TNodeType> : ObjectGraphType<Edge<TItem>>
    where TNodeType : IGraphType
{
    protected EdgeType(string name)
    {
        Name = name;
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Node);
    }
}

/// <summary>
/// A connection (totalCount, nodes, edges, pageInfo, as Hot Chocolate names them) over a page the store answered,
/// <typeparamref name="TSource"/>, seen through a window function. Its nodes and edges cost one complexity unit
/// per item the page may hold: first or last, else the default page size.
/// </summary>
public abstract class ConnectionType<TSource, TItem, TNodeType, TEdgeType> : ObjectGraphType<TSource>
    where TNodeType : IGraphType
    where TEdgeType : EdgeType<TItem, TNodeType>
{
    protected ConnectionType(string name, string description, string totalCountDescription, Func<TSource, ConnectionWindow<TItem>> window, int defaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(window);
        Name = name;
        Description = description;
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description(totalCountDescription).Resolve(c => window(c.Source).TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("A flattened list of the nodes.")
            .Resolve(c => window(c.Source).Items)
            .FieldType.WithComplexityImpact(context => PageItemsImpact(context, defaultPageSize));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges")
            .Description("A list of edges.")
            .Resolve(c =>
            {
                var page = window(c.Source);
                return page.Items.Select((item, i) => new Edge<TItem>(item, page.CursorAt(i)));
            })
            .FieldType.WithComplexityImpact(context => PageItemsImpact(context, defaultPageSize));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => window(c.Source));
    }

    private static FieldComplexityResult PageItemsImpact(FieldImpactContext context, int defaultPageSize)
    {
        var arguments = context.Parent?.Arguments;
        var size = PageSize(arguments, "first") ?? PageSize(arguments, "last") ?? defaultPageSize;
        return new FieldComplexityResult(1, Math.Max(size, 1));
    }

    private static int? PageSize(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) && value.Value is int size ? size : null;
}
