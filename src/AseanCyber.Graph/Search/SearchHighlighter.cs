using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace AseanCyber.Graph.Search;

/// <summary>
/// The passages of a hit's text that match its query, made in .NET from the same text and query on both adapters (so
/// they agree): Lucene's highlighter, scoring with the query's own terms and phrases per field through the English
/// analyser (a stemmed form or a phrase matches as the search does; excluded words are never marked). Matched words are
/// wrapped in <c>&lt;em&gt;</c>...<c>&lt;/em&gt;</c> and the rest is HTML-escaped, so a passage can be shown as HTML.
/// </summary>
public static class SearchHighlighter
{
    /// <summary>The most passages per hit.</summary>
    public const int MaxPassages = 3;

    /// <summary>About how many characters a passage of a description, the items or the names holds.</summary>
    public const int PassageLength = 120;

    /// <summary>
    /// Up to <see cref="MaxPassages"/> passages, field by field in index order (the whole title, then the best passages of
    /// the description, then matching items and linked names, each whole or cut around its match); none when the matched text is in no field (it always is for a hit).
    /// </summary>
    public static IReadOnlyList<string> Highlight(Query query, SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(document);
        var passages = new List<string>(MaxPassages);
        foreach (var (field, text) in document.Fields)
        {
            if (passages.Count == MaxPassages)
            {
                break;
            }

            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            // Items and names are one per line: a passage never runs from one into the next.
            var lines = field is SearchText.ItemsField or SearchText.NamesField ? text.Split('\n') : [text];
            foreach (var line in lines)
            {
                if (passages.Count == MaxPassages)
                {
                    break;
                }

                var scorer = new QueryScorer(query, field);
                var highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), scorer)
                {
                    TextFragmenter = field == SearchText.TitleField ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, PassageLength),
                    MaxDocCharsToAnalyze = int.MaxValue,
                };
                using var tokens = SearchText.Analyzer.GetTokenStream(field, line);
                foreach (var fragment in highlighter.GetBestFragments(tokens, line, MaxPassages - passages.Count))
                {
                    var passage = fragment.Trim().ReplaceLineEndings(" ");
                    if (passage.Length > 0)
                    {
                        passages.Add(passage);
                    }
                }
            }
        }

        return passages;
    }
}
