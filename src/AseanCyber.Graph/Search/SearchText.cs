using AseanCyber.Graph.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace AseanCyber.Graph.Search;

/// <summary>
/// The text an entry is found by, and how it is analysed. The analyser is Lucene's <c>EnglishAnalyzer</c> with its
/// default stop words, which is what Neo4j's <c>english</c> full-text analyzer is (neo4j/neo4j,
/// community/fulltext-index/.../analyzer/providers/English.java: <c>new EnglishAnalyzer()</c>): the standard tokenizer,
/// the English possessive filter, lower-casing, the 33 English stop words and the Porter stemmer.
/// </summary>
public static class SearchText
{
    /// <summary>The entry's title (Neo4j property <c>title</c>).</summary>
    public const string TitleField = "title";

    /// <summary>The entry's description (<c>description</c>).</summary>
    public const string DescriptionField = "description";

    /// <summary>The entry's items, one per line (<c>searchItems</c>: a full-text index reads only string properties, never lists).</summary>
    public const string ItemsField = "searchItems";

    /// <summary>The names of the entry's bodies, places and organizations, one per line (<c>searchNames</c>).</summary>
    public const string NamesField = "searchNames";

    /// <summary>The indexed fields, in the order of the Neo4j index's properties (the order its query parser expands a word over).</summary>
    public static IReadOnlyList<string> Fields { get; } = [TitleField, DescriptionField, ItemsField, NamesField];

    /// <summary>Lucene's version the analyser follows; its English analysis chain is the one Lucene 9 still uses.</summary>
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Thread-safe: Lucene analysers keep their token streams per thread.</summary>
    public static Analyzer Analyzer { get; } = new EnglishAnalyzer(Version);

    /// <summary>The tokens <paramref name="text"/> analyses to, with their positions (from 0; a removed stop word leaves a gap).</summary>
    public static IReadOnlyList<SearchToken> Analyze(string text)
    {
        var tokens = new List<SearchToken>();
        using var stream = Analyzer.GetTokenStream(TitleField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new SearchToken(term.ToString(), position));
        }

        stream.End();
        return tokens;
    }
}

/// <summary>An entry's searchable text, field by field; null or empty fields are not indexed.</summary>
public sealed record SearchDocument(string Title, string? Description, string? Items, string? Names)
{
    /// <summary>The text of each field of <see cref="SearchText.Fields"/>, in that order.</summary>
    public IEnumerable<(string Field, string? Text)> Fields =>
    [
        (SearchText.TitleField, Title),
        (SearchText.DescriptionField, Description),
        (SearchText.ItemsField, Items),
        (SearchText.NamesField, Names),
    ];

    public static SearchDocument Of(Entry entry, EntryLinks links)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(links);
        return new SearchDocument(entry.Title, entry.Description, ItemsText(entry), NamesText(links));
    }

    /// <summary>The items, one per line; null without items.</summary>
    public static string? ItemsText(Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Items.Count == 0 ? null : string.Join('\n', entry.Items);
    }

    /// <summary>
    /// The names of the bodies, places and organizations an entry links (an organization's acronym beside its name when the
    /// name does not hold it), each once, in link order, one per line; null without any.
    /// </summary>
    public static string? NamesText(EntryLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var names = links.Bodies.Select(l => l.Body.Name)
            .Concat(links.Places.Select(l => l.Place.Name))
            .Concat(links.Organizations.Select(l => OrganizationName(l.Organization)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count == 0 ? null : string.Join('\n', names);
    }

    private static string OrganizationName(Organization organization) =>
        organization.Acronym is { Length: > 0 } acronym && !organization.Name.Contains(acronym, StringComparison.OrdinalIgnoreCase)
            ? $"{organization.Name} ({acronym})"
            : organization.Name;
}
