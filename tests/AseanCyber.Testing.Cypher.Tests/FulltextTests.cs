using static AseanCyber.Testing.Cypher.Tests.Cy;

namespace AseanCyber.Testing.Cypher.Tests;

/// <summary>Full-text indexes and db.index.fulltext.queryNodes, as Neo4j 5 runs them (see FulltextIndexes).</summary>
public sealed class FulltextTests
{
    private const string Create = """
        CREATE (:Doc {title: 'Cybercrime dialogue with Japan', body: 'Dialogues held yearly'}),
               (:Doc {title: 'Cyber security strategy', body: 'The strategy covers cybercrime'}),
               (:Doc {title: 'Unrelated', tags: ['cybercrime']}),
               (:Other {title: 'cybercrime'})
        """;

    private static InMemoryGraph Indexed(string analyzer = "english")
    {
        var db = Graph(Create);
        db.Run($"CREATE FULLTEXT INDEX docs IF NOT EXISTS FOR (n:Doc) ON EACH [n.title, n.body] OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{analyzer}'}}}}");
        return db;
    }

    private static List<(string Title, double Score)> Query(InMemoryGraph db, string query) =>
        [.. db.Run("CALL db.index.fulltext.queryNodes('docs', $q) YIELD node, score RETURN node.title AS title, score", P(("q", query)))
            .Records.Select(r => ((string)r["title"]!, (double)r["score"]!))];

    [Fact]
    public void Finds_the_indexed_label_and_string_properties_only_best_first()
    {
        var hits = Query(Indexed(), "cybercrime");

        // 'Unrelated' holds the word in a list, which a full-text index does not read; the :Other node has another label.
        Assert.Equal(["Cybercrime dialogue with Japan", "Cyber security strategy"], hits.Select(h => h.Title));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void The_english_analyzer_stems_and_drops_stop_words()
    {
        var db = Indexed();

        Assert.Equal(["Cybercrime dialogue with Japan"], Query(db, "dialogue").Select(h => h.Title));
        Assert.Equal(["Cybercrime dialogue with Japan"], Query(db, "\"cybercrime dialogues\"").Select(h => h.Title));
        Assert.Empty(Query(db, "the"));
    }

    [Fact]
    public void The_default_analyzer_neither_stems_nor_drops_stop_words()
    {
        var db = Graph(Create);
        db.Run("CREATE FULLTEXT INDEX docs FOR (n:Doc) ON EACH [n.title, n.body]");

        Assert.Equal(["Cybercrime dialogue with Japan"], Query(db, "dialogue").Select(h => h.Title));
        Assert.Equal(["Cyber security strategy"], Query(db, "the").Select(h => h.Title));
    }

    [Fact]
    public void The_query_is_Lucene_classic_syntax()
    {
        var db = Indexed();

        Assert.Equal(["Cybercrime dialogue with Japan"], Query(db, "title:japan").Select(h => h.Title));
        Assert.Equal(["Cyber security strategy"], Query(db, "cybercrime -japan").Select(h => h.Title));
        Assert.Equal(["Cybercrime dialogue with Japan"], Query(db, "*alogu").Select(h => h.Title));
    }

    [Fact]
    public void Scores_are_bm25_as_Lucene_9_computes_them()
    {
        var db = Graph("CREATE (:Doc {title: 'alpha beta'}), (:Doc {title: 'alpha'}), (:Doc {title: 'gamma'})");
        db.Run("CREATE FULLTEXT INDEX docs FOR (n:Doc) ON EACH [n.title]");

        var hits = Query(db, "beta");

        // idf = ln(1 + (3 - 1 + 0.5) / (1 + 0.5)); avgdl = 4 / 3; tf part = 1 / (1 + 1.2 * (0.25 + 0.75 * 2 / avgdl)).
        var idf = Math.Log(1 + (2.5 / 1.5));
        var expected = idf * (1 / (1 + (1.2 * (0.25 + (0.75 * 2 / (4.0 / 3))))));
        Assert.Equal(expected, Assert.Single(hits).Score, 5);
    }

    [Fact]
    public void Words_add_up_without_coordination_or_query_norm()
    {
        var db = Graph("CREATE (:Doc {title: 'alpha beta'}), (:Doc {title: 'alpha'}), (:Doc {title: 'gamma'})");
        db.Run("CREATE FULLTEXT INDEX docs FOR (n:Doc) ON EACH [n.title]");

        // Lucene 9 sums a disjunction's clause scores; Lucene 4.8's coord(overlap, max) and query norm must both be 1.
        var both = Query(db, "alpha beta").ToDictionary(h => h.Title, h => h.Score);
        var alpha = Query(db, "alpha").ToDictionary(h => h.Title, h => h.Score);
        var beta = Query(db, "beta").ToDictionary(h => h.Title, h => h.Score);

        Assert.Equal(alpha["alpha beta"] + beta["alpha beta"], both["alpha beta"], 5);
        Assert.Equal(alpha["alpha"], both["alpha"], 5);
    }

    [Fact]
    public void An_unknown_index_fails_as_in_Neo4j()
    {
        var e = Fails(() => Graph(Create).Run("CALL db.index.fulltext.queryNodes('nope', 'x') YIELD node RETURN node"));

        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", e.Code);
        Assert.Equal(
            "Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: nope",
            e.Message);
    }

    [Fact]
    public void A_range_index_is_not_a_fulltext_index()
    {
        var db = Graph(Create);
        db.Run("CREATE INDEX docs FOR (n:Doc) ON (n.title)");

        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", Fails(() => Query(db, "x")).Code);
    }

    [Fact]
    public void A_query_that_does_not_parse_fails_as_in_Neo4j()
    {
        var e = Fails(() => Query(Indexed(), "title:(unclosed"));

        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", e.Code);
        Assert.StartsWith("Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.queryparser.classic.ParseException: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yield_takes_known_outputs_under_their_names_or_aliases()
    {
        var db = Indexed();

        var rows = db.Run("CALL db.index.fulltext.queryNodes('docs', 'strategy') YIELD node AS n WHERE n.title STARTS WITH 'Cyber' RETURN n.title AS t");

        Assert.Equal(["Cyber security strategy"], rows.Records.Select(r => r["t"]));
        FailsWith(CypherException.SyntaxError, () => db.Run("CALL db.index.fulltext.queryNodes('docs', 'x') YIELD nodes RETURN nodes"));
        FailsWith(CypherException.Unsupported, () => db.Run("CALL db.index.fulltext.queryNodes('docs', 'x')"));
        FailsWith(CypherException.Unsupported, () => db.Run("CALL db.labels() YIELD label RETURN label"));
    }

    [Fact]
    public void Options_other_than_a_known_analyzer_are_refused()
    {
        var db = Graph(Create);

        FailsWith(CypherException.Unsupported, () => db.Run("CREATE FULLTEXT INDEX a FOR (n:Doc) ON EACH [n.title] OPTIONS {indexConfig: {`fulltext.analyzer`: 'klingon'}}"));
        FailsWith(CypherException.Unsupported, () => db.Run("CREATE FULLTEXT INDEX b FOR (n:Doc) ON EACH [n.title] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}"));
        FailsWith(CypherException.Unsupported, () => db.Run("CREATE INDEX c FOR (n:Doc) ON (n.title) OPTIONS {}"));
    }

    [Fact]
    public void The_index_sees_the_transactions_own_writes()
    {
        var db = Indexed();

        var rows = db.Run("CREATE (:Doc {title: 'Fresh cybercrime note'}) WITH 1 AS one CALL db.index.fulltext.queryNodes('docs', 'fresh') YIELD node RETURN node.title AS t");

        Assert.Equal(["Fresh cybercrime note"], rows.Records.Select(r => r["t"]));
    }
}
