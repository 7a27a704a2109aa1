using AseanCyber.Api.Entries;
using AseanCyber.Api.Store;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Search;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace AseanCyber.Api.Search;

public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "An entry a full-text search found, how well it matched, and the passages that matched.";
        Field<NonNullGraphType<EntryType>>("entry").Description("The entry found.").Resolve(c => c.Source.Entry);
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("Its BM25 relevance (Lucene's, as Neo4j's full-text index computes it): higher is better; comparable within one search only.")
            .Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("highlights")
            .Description(
                "Up to three passages of the entry's text that match the query: the title, then the best passages of the description, "
                + "the items and the names of its bodies, places and organizations. Matched words are wrapped in <em>...</em>; the rest "
                + "is HTML-escaped, so a passage can be shown as HTML.")
            .Resolve(c => c.Source.Highlights);
    }
}

/// <summary>A hit with its cursor, made by the connection from the page's offset.</summary>
public sealed record SearchEdge(SearchHit Hit, string Cursor);

public sealed class SearchEdgeType : ObjectGraphType<SearchEdge>
{
    public SearchEdgeType()
    {
        Name = "SearchEdge";
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<SearchHitType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Hit);
    }
}

public sealed class SearchConnectionType : ObjectGraphType<SearchPage>
{
    public SearchConnectionType()
    {
        Name = "SearchConnection";
        Description = "A connection to a list of search hits, best first.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many entries match, across all pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("nodes")
            .Description("A flattened list of the nodes.")
            .Resolve(c => c.Source.Hits)
            .FieldType.WithComplexityImpact(PageItemsImpact);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchEdgeType>>>>("edges")
            .Description("A list of edges.")
            .Resolve(c => c.Source.Hits.Select((hit, i) => new SearchEdge(hit, EntryPaging.EncodeCursor(c.Source.Offset + i))))
            .FieldType.WithComplexityImpact(PageItemsImpact);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Information to aid in pagination.")
            .Resolve(c => new EntryPage([.. c.Source.Hits.Select(h => h.Entry)], c.Source.Offset, c.Source.TotalCount));
    }

    private static FieldComplexityResult PageItemsImpact(FieldImpactContext context) =>
        new(1, Math.Max(context.Parent?.Arguments is { } arguments && arguments.TryGetValue("first", out var value) && value.Value is int size ? size : SearchQueries.DefaultPageSize, 1));
}

public static class SearchQueries
{
    public const int DefaultPageSize = 20;

    public static void AddSearchQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<SearchConnectionType>>("search")
            .Description(
                "Entries whose title, description, items, or names of their bodies, places and organizations match the query, best first. "
                + "Type words (any of them may match; entries with more of them, and rarer ones, rank higher), \"quoted phrases\", and "
                + "-word or -\"phrase\" to leave entries out. Words are stemmed (\"meetings\" finds \"meeting\") and common English "
                + "words ignored; no other syntax is interpreted. At most 500 characters and 32 words or phrases.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "What to look for.")
            .Argument<EntryFilterInputType>("where", "Only entries that pass this filter.")
            .Argument<IntGraphType>("first", arg =>
            {
                arg.Description = $"Returns the first n hits (at most {EntryPaging.MaxPageSize}).";
                arg.DefaultValue = DefaultPageSize;
            })
            .Argument<StringGraphType>("after", "Returns the hits after this cursor.")
            .ResolveAsync(async c => await c.GraphStore().SearchEntriesAsync(SearchArguments.Parse(c), c.CancellationToken).ConfigureAwait(false));
}
