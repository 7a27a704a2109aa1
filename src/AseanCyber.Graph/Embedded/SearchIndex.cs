using AseanCyber.Graph.Model;
using AseanCyber.Graph.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// One profile's entries as a Lucene index in memory, built on first search from the rows it was given and never changed:
/// a snapshot that keeps the profile keeps the segment, so an import re-indexes only the profiles it rebuilds (the
/// snapshot rebuilds exactly those whose rows change, names of linked nodes included). Document i is row i.
/// </summary>
internal sealed class SearchSegment(EntryRow[] rows)
{
    private readonly Lazy<(DirectoryReader Index, AtomicReader Segment)?> _reader = new(() => Build(rows), LazyThreadSafetyMode.ExecutionAndPublication);

    public EntryRow[] Rows { get; } = rows;

    /// <summary>The index's one segment; null for a profile without entries.</summary>
    public AtomicReader? Reader => _reader.Value?.Segment;

    private static (DirectoryReader Index, AtomicReader Segment)? Build(EntryRow[] rows)
    {
        if (rows.Length == 0)
        {
            return null;
        }

        // The directory and its reader live as long as the snapshots holding the segment, and hold memory only: the
        // garbage collector frees them with the snapshot; disposing them would break a reader still searching an old one.
#pragma warning disable CA2000
        var directory = new RAMDirectory();
#pragma warning restore CA2000
        var config = new IndexWriterConfig(SearchText.Version, SearchText.Analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Lucene9Bm25Similarity.Instance,
            RAMBufferSizeMB = 64,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var row in rows)
            {
                var document = new Document();
                foreach (var (field, text) in SearchDocument.Of(row.Entry, row.Links).Fields)
                {
                    if (!string.IsNullOrEmpty(text))
                    {
                        document.Add(new TextField(field, text, Field.Store.NO));
                    }
                }

                writer.AddDocument(document);
            }

            // One segment, so a document's number is its row's index.
            writer.ForceMerge(1);
            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        return reader.Leaves.Count == 1 && reader.Leaves[0].Reader.MaxDoc == rows.Length
            ? (reader, reader.Leaves[0].AtomicReader)
            : throw new InvalidOperationException($"The search index of {rows.Length} entries did not come out as one segment.");
    }
}

/// <summary>
/// A snapshot's full-text index: its profiles' segments read as one (collection statistics, hence BM25 scores, are over
/// every entry, as in one Neo4j index), built on the first search of the snapshot, so it always holds that snapshot's rows.
/// </summary>
internal sealed class SearchIndex
{
    private readonly IndexSearcher? _searcher;
    private readonly Dictionary<object, EntryRow[]> _rowsByLeaf = new(ReferenceEqualityComparer.Instance);

    public SearchIndex(IEnumerable<SearchSegment> segments)
    {
        var all = segments.ToList();

        // The first search after start-up builds every profile's segment: on all cores, as they are independent.
        Parallel.ForEach(all, static segment => _ = segment.Reader);
        var readers = new List<IndexReader>();
        foreach (var segment in all)
        {
            if (segment.Reader is { } reader)
            {
                readers.Add(reader);
                _rowsByLeaf[reader] = segment.Rows;
            }
        }

        if (readers.Count > 0)
        {
            // Owns nothing (its segments belong to the slices) and lives as long as the snapshot.
#pragma warning disable CA2000
            _searcher = new IndexSearcher(new MultiReader([.. readers], closeSubReaders: false)) { Similarity = Lucene9Bm25Similarity.Instance };
#pragma warning restore CA2000
        }
    }

    /// <summary>Every hit that passes <paramref name="where"/>, best first, ties in the default entry order.</summary>
    public List<(EntryRow Row, float Score)> Search(Query query, Func<LinkedEntry, bool>? where)
    {
        if (_searcher is null)
        {
            return [];
        }

        var collector = new AllHits(_rowsByLeaf, where);
        _searcher.Search(query, collector);
        var hits = collector.Hits;
        hits.Sort(static (a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : EntryRow.CompareRank(a.Row, b.Row));
        return hits;
    }

    /// <summary>Collects every matching document with its score, mapped to its row and filtered.</summary>
    private sealed class AllHits(Dictionary<object, EntryRow[]> rowsByLeaf, Func<LinkedEntry, bool>? where) : ICollector
    {
        private Scorer? _scorer;
        private EntryRow[] _rows = [];

        public List<(EntryRow Row, float Score)> Hits { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _rows = rowsByLeaf[context.AtomicReader];

        public void Collect(int doc)
        {
            var row = _rows[doc];
            if (where is null || where(row.Linked))
            {
                Hits.Add((row, _scorer!.GetScore()));
            }
        }
    }
}
