using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Import;

/// <summary>How much one matched term says about its theme (Data/themes.json).</summary>
internal enum ThemeTermKind
{
    /// <summary>A term of several words ("capacity building"): specific on its own.</summary>
    Phrase,

    /// <summary>A single word only this field uses ("cybercrime", "CIIP"): specific on its own.</summary>
    Domain,

    /// <summary>A word or phrase also used outside the theme ("threats", "drill"): counts only beside another term.</summary>
    Generic,
}

/// <summary>A taxonomy term: its theme, its kind, and the key two inflections of one term share ("strategy", "strategies").</summary>
internal sealed record ThemeTerm(Theme Theme, ThemeTermKind Kind, string Key);

/// <summary>Reads and checks one theme of themes.json: its terms by kind, and its mapping to the frameworks the file names.</summary>
internal static class ThemeTaxonomy
{
    /// <summary>The pillars of the ITU Global Cybersecurity Index (2024).</summary>
    public static readonly IReadOnlyList<string> GciPillars = ["Legal", "Technical", "Organizational", "Capacity development", "Cooperation"];

    /// <summary>The norms of the UN GGE 2015 report (A/70/174), by paragraph: 13(a) to 13(k).</summary>
    public static readonly IReadOnlyList<string> UnGgeNorms = [.. "abcdefghijk".Select(c => $"13({c})")];

    public static void CheckFrameworks(ThemeDefinition definition)
    {
        foreach (var pillar in definition.Gci ?? [])
        {
            if (!GciPillars.Contains(pillar, StringComparer.Ordinal))
            {
                throw new InvalidDataException(
                    $"themes.json: theme '{definition.Name}' names GCI pillar '{pillar}'; the pillars are {string.Join(", ", GciPillars)}.");
            }
        }

        foreach (var norm in definition.UnGge ?? [])
        {
            if (!UnGgeNorms.Contains(norm, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"themes.json: theme '{definition.Name}' names UN GGE norm '{norm}'; the norms are 13(a) to 13(k).");
            }
        }
    }

    /// <summary>
    /// Every term of the theme with its kind. 'terms' must each have several words (a single word is either a domain term
    /// or a generic one: the file says which); 'domainTerms' are single words; a term is listed once per theme (two
    /// spellings of one term, under the same kind, are one term).
    /// </summary>
    public static List<(string Text, ThemeTerm Term)> Terms(ThemeDefinition definition, Theme theme)
    {
        var terms = new List<(string, ThemeTerm)>();
        var keys = new Dictionary<string, ThemeTermKind>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Add(definition.Terms, ThemeTermKind.Phrase);
        Add(definition.DomainTerms, ThemeTermKind.Domain);
        Add(definition.GenericTerms, ThemeTermKind.Generic);
        return terms;

        void Add(IReadOnlyList<string>? texts, ThemeTermKind kind)
        {
            foreach (var raw in texts ?? [])
            {
                var text = raw.Trim();
                var several = IsSeveralWords(text);
                if (kind == ThemeTermKind.Phrase && !several)
                {
                    throw new InvalidDataException(
                        $"themes.json: '{text}' in theme '{definition.Name}' is one word; list it under 'domainTerms' (specific) or 'genericTerms'.");
                }

                if (kind == ThemeTermKind.Domain && several)
                {
                    throw new InvalidDataException(
                        $"themes.json: '{text}' in theme '{definition.Name}' has several words; list it under 'terms' or 'genericTerms'.");
                }

                // Spellings of one term ("vulnerability", "vulnerabilities") may both be listed, with one kind; they count once.
                var key = KeyOf(text);
                if (!seen.Add(text) || (keys.TryGetValue(key, out var listed) && listed != kind))
                {
                    throw new InvalidDataException($"themes.json: '{text}' is listed twice in theme '{definition.Name}'.");
                }

                keys[key] = kind;
                terms.Add((text, new ThemeTerm(theme, kind, key)));
            }
        }
    }

    private static bool IsSeveralWords(string text) => text.Any(c => c is ' ' or '-');

    /// <summary>Lower case, a plural ending dropped: "Strategies" and "strategy" are one term, "CERTS" and "CERT" too.</summary>
    internal static string KeyOf(string term)
    {
        var key = string.Join(' ', term.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries));
        return key.EndsWith("ies", StringComparison.Ordinal) && key.Length > 4 ? key[..^3] + "y"
            : key.EndsWith('s') && key.Length > 3 ? key[..^1]
            : key;
    }
}

/// <summary>
/// The theme evidence of one entry, gathered line by line, and the links it supports: a theme needs a specific term (a
/// phrase or a domain term) or two distinct generic ones. Confidence = 1 - product of (1 - w) over the distinct terms,
/// w = 0.8 for a phrase, 0.7 for a domain term, 0.3 for a generic term, rounded to two decimals; a link on generic terms
/// only is weak. Two spellings of one term (plural, case) count once; a term inside a longer term of the same theme on
/// the same words ("incident" in "incident response") is not counted.
/// </summary>
internal sealed class ThemeEvidence
{
    public const double PhraseWeight = 0.8;
    public const double DomainWeight = 0.7;
    public const double GenericWeight = 0.3;

    private readonly List<Gathered> _themes = [];

    private sealed class Gathered(Theme theme, int line)
    {
        public Theme Theme { get; } = theme;

        public int Line { get; } = line;

        public List<string> Terms { get; } = [];

        public Dictionary<string, ThemeTermKind> Keys { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The matches of one line of text, in text order (<see cref="PhraseMatcher{T}.AllMatches"/>).</summary>
    public void Add(IReadOnlyList<PhraseMatch<ThemeTerm>> matches, string text, int line)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            if (IsInsideAnother(matches, i))
            {
                continue;
            }

            var term = match.Value;
            var gathered = _themes.Find(g => g.Theme.Id == term.Theme.Id);
            if (gathered is null)
            {
                gathered = new Gathered(term.Theme, line);
                _themes.Add(gathered);
            }

            if (gathered.Keys.TryAdd(term.Key, term.Kind))
            {
                gathered.Terms.Add(text.Substring(match.Start, match.Length));
            }
        }
    }

    public List<ThemeLink> Links()
    {
        var links = new List<ThemeLink>(_themes.Count);
        foreach (var gathered in _themes)
        {
            var kinds = gathered.Keys.Values;
            var generic = kinds.Count(k => k == ThemeTermKind.Generic);
            var specific = kinds.Count - generic;
            if (specific == 0 && generic < 2)
            {
                continue;
            }

            links.Add(new ThemeLink(gathered.Theme, [.. gathered.Terms], Confidence(kinds), Weak: specific == 0, gathered.Line));
        }

        return links;
    }

    /// <summary>1 - product of (1 - w): more and more specific terms, more confidence; capped at 1 by construction.</summary>
    public static double Confidence(IEnumerable<ThemeTermKind> kinds)
    {
        var doubt = 1.0;
        foreach (var kind in kinds)
        {
            doubt *= 1 - Weight(kind);
        }

        return Math.Round(1 - doubt, 2, MidpointRounding.AwayFromZero);
    }

    public static double Weight(ThemeTermKind kind) => kind switch
    {
        ThemeTermKind.Phrase => PhraseWeight,
        ThemeTermKind.Domain => DomainWeight,
        ThemeTermKind.Generic => GenericWeight,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static bool IsInsideAnother(IReadOnlyList<PhraseMatch<ThemeTerm>> matches, int index)
    {
        var m = matches[index];
        foreach (var other in matches)
        {
            if (!ReferenceEquals(other.Value, m.Value) && other.Value.Theme.Id == m.Value.Theme.Id && other.Length > m.Length
                && other.Start <= m.Start && m.Start + m.Length <= other.Start + other.Length)
            {
                return true;
            }
        }

        return false;
    }
}
