using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;

namespace AseanCyber.Graph.Search;

/// <summary>A full-text search: the parsed query, the entries it may return (the entry filter), and the page wanted.</summary>
public sealed record SearchRequest(SearchQuery Query, Filter? Where, Window Window);

/// <summary>An entry a search found, its BM25 score (Neo4j's, see <see cref="Lucene9Bm25Similarity"/>) and the passages that matched.</summary>
public sealed record SearchHit(Entry Entry, double Score, IReadOnlyList<string> Highlights);

/// <summary>
/// The hits a window selected, best first (ties in the default entry order), <see cref="Offset"/> the position of the
/// first of them among the <see cref="TotalCount"/> hits that pass the filter.
/// </summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Offset, int TotalCount)
{
    public static readonly SearchPage Empty = new([], 0, 0);

    public bool HasPreviousPage => Offset > 0;

    public bool HasNextPage => Offset + Hits.Count < TotalCount;
}
