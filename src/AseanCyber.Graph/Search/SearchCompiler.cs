using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AseanCyber.Graph.Search;

/// <summary>
/// Compiles a <see cref="SearchQuery"/> for each adapter, so both run the same query:
/// <list type="bullet">
/// <item>for Neo4j, a query string in Lucene's classic syntax with every word escaped, which Neo4j parses with
/// <c>MultiFieldQueryParser(indexProperties, analyzer)</c> and its default operator OR (neo4j/neo4j,
/// FulltextIndexReader.parseFulltextQuery);</item>
/// <item>for the embedded graph, the Lucene query that parser makes of that string: each word or phrase becomes a
/// disjunction over the fields (a word the analyser splits, such as "ASEAN-Japan", a disjunction of its tokens per field;
/// a phrase a phrase query per field, stop words leaving gaps), optional, or prohibited when excluded.</item>
/// </list>
/// Words are alternatives (OR), as in Neo4j: BM25 ranks the entries that hold more of them, and rarer ones, first.
/// </summary>
public static class SearchCompiler
{
    /// <summary>The characters Lucene's classic query parser gives a meaning to (QueryParserBase.escape), escaped with a backslash.</summary>
    private const string Special = "\\+-!():^[]\"{}~*?|&/";

    public static string ToQueryString(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var builder = new StringBuilder();
        foreach (var term in query.Terms)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            if (term.Excluded)
            {
                builder.Append('-');
            }

            if (term.IsPhrase)
            {
                builder.Append('"');
                Escape(builder, term.Text);
                builder.Append('"');
            }
            else
            {
                Escape(builder, term.Text);
            }
        }

        return builder.ToString();
    }

    public static Query ToLuceneQuery(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Terms.Count == 1 && !query.Terms[0].Excluded)
        {
            return OverFields(query.Terms[0]);
        }

        var result = new BooleanQuery();
        foreach (var term in query.Terms)
        {
            result.Add(OverFields(term), term.Excluded ? Occur.MUST_NOT : Occur.SHOULD);
        }

        return result;
    }

    /// <summary>What MultiFieldQueryParser.getFieldQuery makes of one word or phrase: one clause per field, coordination off.</summary>
    private static BooleanQuery OverFields(SearchTerm term)
    {
        var fields = new BooleanQuery(disableCoord: true);
        foreach (var field in SearchText.Fields)
        {
            fields.Add(InField(field, term), Occur.SHOULD);
        }

        return fields;
    }

    /// <summary>What Lucene's QueryBuilder.createFieldQuery makes of one analysed word or phrase in one field.</summary>
    private static Query InField(string field, SearchTerm term)
    {
        var tokens = term.Tokens;
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term));
        }

        if (term.IsPhrase)
        {
            var phrase = new PhraseQuery();
            foreach (var token in tokens)
            {
                phrase.Add(new Term(field, token.Term), token.Position);
            }

            return phrase;
        }

        var any = new BooleanQuery();
        foreach (var token in tokens)
        {
            any.Add(new TermQuery(new Term(field, token.Term)), Occur.SHOULD);
        }

        return any;
    }

    private static void Escape(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }
    }
}
