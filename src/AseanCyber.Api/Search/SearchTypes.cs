using AseanCyber.Api.Entries;
using AseanCyber.Api.GraphQL.Paging;
using AseanCyber.Api.Store;
using AseanCyber.Graph.Search;
using GraphQL.Types;

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

public sealed class SearchEdgeType() : EdgeType<SearchHit, SearchHitType>("SearchEdge");

public sealed class SearchConnectionType() : ConnectionType<SearchPage, SearchHit, SearchHitType, SearchEdgeType>(
    "SearchConnection",
    "A connection to a list of search hits, best first.",
    "How many entries match, across all pages.",
    page => new ConnectionWindow<SearchHit>(page.Hits, page.Offset, page.TotalCount),
    SearchQueries.DefaultPageSize);

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
