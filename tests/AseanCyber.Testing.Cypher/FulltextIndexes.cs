using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace AseanCyber.Testing.Cypher;

/// <summary>
/// Full-text indexes and <c>db.index.fulltext.queryNodes</c> as Neo4j 5 runs them (neo4j/neo4j,
/// community/fulltext-index): each node with the index's label becomes one Lucene document with one field per indexed
/// property that holds a string (LuceneFulltextDocumentStructure: TEXT values only, so lists are not indexed); the query
/// string is parsed by Lucene's classic <c>MultiFieldQueryParser</c> over the index's properties with the index's
/// analyzer and leading wildcards allowed (FulltextIndexReader.parseFulltextQuery); hits are scored with Lucene's default
/// BM25 (<see cref="Bm25"/>) and yielded best first. The index is read within the transaction (Neo4j's full-text indexes
/// see the transaction's own writes unless eventually consistent, which this engine refuses).
/// </summary>
internal static class FulltextIndexes
{
    public const string QueryNodesProcedure = "db.index.fulltext.queryNodes";

    /// <summary>Neo4j 5's default full-text analyzer.</summary>
    public const string DefaultAnalyzer = "standard-no-stop-words";

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// The analyzers this engine has, as Neo4j's providers build them: <c>english</c> is <c>new EnglishAnalyzer()</c>
    /// (providers/English.java), <c>standard-no-stop-words</c> a StandardAnalyzer without stop words
    /// (providers/StandardNoStopWords.java).
    /// </summary>
    public static readonly IReadOnlySet<string> Analyzers = new HashSet<string>(StringComparer.Ordinal) { "english", DefaultAnalyzer };

    private static readonly string[] Outputs = ["node", "score"];

    public static void CheckCall(string name, int argumentCount)
    {
        if (name != QueryNodesProcedure)
        {
            // Which other procedures a server has depends on its version and plugins: refuse rather than guess.
            throw CypherException.NotSupported("The procedure " + name);
        }

        if (argumentCount == 3)
        {
            throw CypherException.NotSupported("The options argument of " + QueryNodesProcedure);
        }

        if (argumentCount != 2)
        {
            throw CypherException.Syntax(
                $"Procedure call does not provide the required number of arguments: got {argumentCount} expected at least 2 (total: 3, 1 of which have default values).");
        }
    }

    public static string CheckOutput(string field) =>
        Outputs.Contains(field, StringComparer.Ordinal) ? field : throw CypherException.Syntax($"Unknown procedure output: `{field}`");

    /// <summary>The nodes the query matches in the named index, with their scores, best first (ties by node id).</summary>
    public static List<(NodeEntity Node, double Score)> QueryNodes(GraphData graph, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not string name || arguments[1] is not string queryText)
        {
            throw CypherException.Type($"{QueryNodesProcedure} takes a string index name and a string query.");
        }

        var rule = graph.Schema.FirstOrDefault(r => r.Name == name && r.Kind == SchemaKind.FulltextIndex)
            ?? throw Failed("java.lang.IllegalArgumentException: There is no such fulltext schema index: " + name);
        if (rule.ForRelationship)
        {
            throw Failed($"java.lang.IllegalArgumentException: The '{name}' index is an index on RELATIONSHIP, so it cannot be queried for nodes.");
        }

        using var analyzer = CreateAnalyzer(rule.Analyzer ?? DefaultAnalyzer);
        var properties = rule.Properties.ToArray();
        Lucene.Net.Search.Query query;
        try
        {
            query = new MultiFieldQueryParser(Version, properties, analyzer) { AllowLeadingWildcard = true }.Parse(queryText);
        }
        catch (ParseException e)
        {
            throw Failed("org.apache.lucene.queryparser.classic.ParseException: " + e.Message);
        }

        var nodes = graph.Nodes.Values.Where(n => !n.Deleted && n.Labels.Contains(rule.LabelOrType)).ToList();
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE, Similarity = Bm25.Instance };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var node in nodes)
            {
                var document = new Document();
                foreach (var property in properties)
                {
                    if (node.Properties.TryGetValue(property, out var value) && value is string text)
                    {
                        document.Add(new TextField(property, text, Field.Store.NO));
                    }
                }

                writer.AddDocument(document);
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = Bm25.Instance };
        var hits = new List<(NodeEntity, double)>();
        var collector = new Everything();
        searcher.Search(query, collector);
        foreach (var (doc, score) in collector.Hits.OrderByDescending(h => h.Score).ThenBy(h => h.Doc))
        {
            hits.Add((nodes[doc], score));
        }

        return hits;
    }

    private static Analyzer CreateAnalyzer(string name) => name switch
    {
        "english" => new EnglishAnalyzer(Version),
        DefaultAnalyzer => new StandardAnalyzer(Version, CharArraySet.Empty),
        _ => throw CypherException.NotSupported($"The full-text analyzer '{name}'"),
    };

    /// <summary>How Neo4j reports an exception thrown inside a procedure.</summary>
    private static CypherException Failed(string cause) =>
        new("Neo.ClientError.Procedure.ProcedureCallFailed", $"Failed to invoke procedure `{QueryNodesProcedure}`: Caused by: {cause}");

    private sealed class Everything : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;

        public List<(int Doc, float Score)> Hits { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => Hits.Add((_docBase + doc, _scorer!.GetScore()));
    }
}
