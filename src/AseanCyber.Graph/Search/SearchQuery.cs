using System.Text;

namespace AseanCyber.Graph.Search;

/// <summary>
/// What a user typed into a search box, parsed once into a safe model: words, "quoted phrases" and -excluded words or
/// phrases, each already analysed (<see cref="SearchText"/>). Nothing of Lucene's query syntax passes through: every
/// character is text, so no client can send a leading wildcard, a fuzzy or regular-expression query or a range.
/// Each adapter compiles the model (<see cref="SearchCompiler"/>): to a Lucene query in the embedded graph, to an escaped
/// query string for Neo4j's full-text index.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxLength = 500;

    /// <summary>The most words and phrases a query may hold (each becomes one clause per indexed field).</summary>
    public const int MaxTerms = 32;

    private SearchQuery(string text, IReadOnlyList<SearchTerm> terms)
    {
        Text = text;
        Terms = terms;
    }

    /// <summary>The query as typed.</summary>
    public string Text { get; }

    /// <summary>The words and phrases that analyse to at least one token, in the order typed.</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>
    /// Splits <paramref name="text"/> at white space into words; a double quote starts a phrase that runs to the next
    /// one (or to the end); a leading <c>-</c> excludes the word or phrase after it. Words and phrases that analyse to
    /// nothing (stop words such as "the", or punctuation) are dropped.
    /// </summary>
    /// <exception cref="SearchQueryException">The query is empty, too long, has too many terms, or nothing to look for.</exception>
    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SearchQueryException("The search query is empty: type one or more words, a \"quoted phrase\", or -word to leave entries with that word out.");
        }

        if (text.Length > MaxLength)
        {
            throw new SearchQueryException($"The search query is {text.Length} characters long; at most {MaxLength} are allowed.");
        }

        var raw = Split(text);
        if (raw.Count > MaxTerms)
        {
            throw new SearchQueryException($"The search query has {raw.Count} words and phrases; at most {MaxTerms} are allowed.");
        }

        var terms = new List<SearchTerm>(raw.Count);
        foreach (var (value, isPhrase, excluded) in raw)
        {
            var tokens = SearchText.Analyze(value);
            if (tokens.Count > 0)
            {
                terms.Add(new SearchTerm(value, isPhrase, excluded, tokens));
            }
        }

        if (terms.Count == 0)
        {
            throw new SearchQueryException(
                $"The search query '{text}' has nothing to look for: common English words such as 'the', 'of' or 'and' and punctuation are not indexed.");
        }

        if (terms.All(t => t.Excluded))
        {
            throw new SearchQueryException($"The search query '{text}' only excludes words: add at least one word or phrase to look for.");
        }

        return new SearchQuery(text, terms);
    }

    public override string ToString() => Text;

    private static List<(string Value, bool IsPhrase, bool Excluded)> Split(string text)
    {
        var result = new List<(string, bool, bool)>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var excluded = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = true;
                i++;
            }

            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                var phrase = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                i = end < 0 ? text.Length : end + 1;
                if (!string.IsNullOrWhiteSpace(phrase))
                {
                    result.Add((Collapse(phrase), true, excluded));
                }

                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            result.Add((text[start..i], false, excluded));
        }

        return result;
    }

    /// <summary>A phrase with its white space runs made single spaces (a newline in a phrase means nothing more).</summary>
    private static string Collapse(string phrase)
    {
        var builder = new StringBuilder(phrase.Length);
        foreach (var part in phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }
}

/// <summary>
/// One word or phrase of a <see cref="SearchQuery"/>: the text as typed, and the tokens the English analyser makes of it
/// (lower-cased, stemmed, stop words removed), each with its position (a removed stop word leaves a gap in a phrase).
/// </summary>
public sealed record SearchTerm(string Text, bool IsPhrase, bool Excluded, IReadOnlyList<SearchToken> Tokens);

public readonly record struct SearchToken(string Term, int Position);

/// <summary>A search query that cannot be run, with a message for the person who typed it.</summary>
public sealed class SearchQueryException : Exception
{
    public SearchQueryException()
    {
    }

    public SearchQueryException(string message)
        : base(message)
    {
    }

    public SearchQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
