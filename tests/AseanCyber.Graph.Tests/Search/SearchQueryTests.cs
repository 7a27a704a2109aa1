using AseanCyber.Graph.Search;
using Lucene.Net.Analysis.En;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Util;

namespace AseanCyber.Graph.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("cybercrime")]
    [InlineData("Japan cybercrime")]
    [InlineData("\"cybercrime dialogue\"")]
    [InlineData("\"the Budapest Convention on cybercrime\"")]
    [InlineData("cybercrime -japan")]
    [InlineData("-\"kuala lumpur\" dialogue")]
    [InlineData("ASEAN-Japan")]
    [InlineData("ASEAN's CERT incident drills")]
    [InlineData("title:cyber* OR (INTERPOL~2) AND *crime^4 [a TO z] {b TO c} /regex/ a&&b c||d !e \\f")]
    [InlineData("\"unterminated phrase")]
    [InlineData("NOT cyber AND security OR norms")]
    public void Compiled_query_is_what_Neo4js_parser_makes_of_the_compiled_string(string text)
    {
        var query = SearchQuery.Parse(text);

        // Neo4j's FulltextIndexReader: new MultiFieldQueryParser(propertyNames, analyzer), leading wildcards allowed.
        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, [.. SearchText.Fields], new EnglishAnalyzer(LuceneVersion.LUCENE_48))
        {
            AllowLeadingWildcard = true,
        };
        var parsed = parser.Parse(SearchCompiler.ToQueryString(query));

        Assert.Equal(parsed.ToString(), SearchCompiler.ToLuceneQuery(query).ToString());
    }

    [Fact]
    public void Query_syntax_is_text()
    {
        var query = SearchQuery.Parse("title:cyber* (INTERPOL~2) *crime^4");

        Assert.Equal(@"title\:cyber\* \(INTERPOL\~2\) \*crime\^4", SearchCompiler.ToQueryString(query));
        Assert.DoesNotContain("*", SearchCompiler.ToLuceneQuery(query).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_are_analysed_in_English()
    {
        var query = SearchQuery.Parse("The Meetings of \"the ASEAN Regional Forum's\" -drills");

        Assert.Equal(
            [
                ("Meetings", false, false, "meet@0"),
                ("the ASEAN Regional Forum's", true, false, "asean@1 region@2 forum@3"),
                ("drills", false, true, "drill@0"),
            ],
            query.Terms.Select(t => (t.Text, t.IsPhrase, t.Excluded, string.Join(' ', t.Tokens.Select(k => $"{k.Term}@{k.Position}")))));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n\t", "empty")]
    [InlineData("the of and", "nothing to look for")]
    [InlineData("*** ??? ---", "nothing to look for")]
    [InlineData("\"\"", "nothing to look for")]
    [InlineData("-cybercrime -\"kuala lumpur\"", "only excludes")]
    public void Bad_queries_say_why(string text, string reason)
    {
        var e = Assert.Throws<SearchQueryException>(() => SearchQuery.Parse(text));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Length_and_term_count_are_bounded()
    {
        Assert.Contains("at most 500", Assert.Throws<SearchQueryException>(() => SearchQuery.Parse(new string('a', 501))).Message, StringComparison.Ordinal);
        Assert.Contains("at most 32", Assert.Throws<SearchQueryException>(() => SearchQuery.Parse(string.Join(' ', Enumerable.Repeat("cyber", 33)))).Message, StringComparison.Ordinal);
        Assert.Equal(32, SearchQuery.Parse(string.Join(' ', Enumerable.Repeat("cyber", 32))).Terms.Count);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(23, 23)]
    [InlineData(24, 24)]
    [InlineData(25, 25)]
    [InlineData(40, 40)]
    [InlineData(41, 40)]
    [InlineData(1000, 984)]
    public void Lengths_are_stored_as_Lucene_9_stores_them(int length, int decoded)
    {
        Assert.Equal(decoded, Lucene9Bm25Similarity.Byte4ToInt(Lucene9Bm25Similarity.IntToByte4(length)));
    }
}
