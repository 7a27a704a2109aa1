namespace AseanCyber.Graph.Import;

/// <summary>How a phrase compares with the text.</summary>
internal enum PhraseMode
{
    /// <summary>Case-sensitive: short all-caps aliases and acronyms ("ROK", "INTERPOL"), so "rok" or "Interpol" in prose do not match.</summary>
    Exact,

    /// <summary>Case-insensitive, but the text must start with a capital: "Turkey" matches, the bird "turkey" does not.</summary>
    Name,

    /// <summary>Case-insensitive, and a plural "s"/"es" right after the phrase still matches ("CERTS", "cybercrimes").</summary>
    Term,
}

internal readonly record struct PhraseMatch<T>(int Start, int Length, T Value);

/// <summary>
/// Finds known phrases in a text on word boundaries, leftmost and then longest first, without overlaps.
/// Phrases are indexed by their first word, so a scan costs about one dictionary look-up per word of text.
/// Hyphens and spaces compare equal ("capacity-building"), as do typographic and plain apostrophes.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<Phrase>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseMatcher() => _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    private sealed record Phrase(string Text, T Value, PhraseMode Mode);

    public void Add(string phrase, T value, PhraseMode mode)
    {
        var text = phrase.Trim();
        var firstWordLength = WordLength(text, 0);
        if (firstWordLength == 0)
        {
            throw new ArgumentException($"Phrase '{phrase}' does not start with a letter or digit.", nameof(phrase));
        }

        var key = text[..firstWordLength].ToLowerInvariant();
        if (!_byFirstWord.TryGetValue(key, out var list))
        {
            list = [];
            _byFirstWord[key] = list;
        }

        if (list.Exists(p => p.Mode == mode && Same(p.Text, text) && EqualityComparer<T>.Default.Equals(p.Value, value)))
        {
            return;
        }

        list.Add(new Phrase(text, value, mode));
        list.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
    }

    public List<PhraseMatch<T>> Matches(string text)
    {
        var result = new List<PhraseMatch<T>>();
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]) || (i > 0 && IsWordChar(text[i - 1])))
            {
                i++;
                continue;
            }

            var wordLength = WordLength(text, i);
            if (wordLength <= buffer.Length && TryMatchAt(text, i, wordLength, buffer, out var match))
            {
                result.Add(match);
                i += match.Length;
            }
            else
            {
                i += wordLength;
            }
        }

        return result;
    }

    /// <summary>
    /// Every phrase that matches anywhere, overlaps included, in text order and longest first at each position:
    /// for taxonomies where one word may count for several entries ("law enforcement" and "laws").
    /// </summary>
    public List<PhraseMatch<T>> AllMatches(string text)
    {
        var result = new List<PhraseMatch<T>>();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsWordChar(text[i]) || (i > 0 && IsWordChar(text[i - 1])))
            {
                continue;
            }

            var wordLength = WordLength(text, i);
            if (wordLength > buffer.Length)
            {
                continue;
            }

            var key = buffer[..wordLength];
            text.AsSpan(i, wordLength).ToLowerInvariant(key);
            AddAll(text, i, key, result);
            if (key.Length > 2 && key[^1] == 's')
            {
                AddAll(text, i, key[..^1], result);
            }

            if (key.Length > 3 && key.EndsWith("es"))
            {
                AddAll(text, i, key[..^2], result);
            }
        }

        return result;
    }

    private void AddAll(string text, int start, ReadOnlySpan<char> key, List<PhraseMatch<T>> result)
    {
        if (_lookup.TryGetValue(key, out var candidates))
        {
            foreach (var phrase in candidates)
            {
                var length = MatchLength(text, start, phrase);
                if (length > 0)
                {
                    result.Add(new PhraseMatch<T>(start, length, phrase.Value));
                }
            }
        }
    }

    /// <summary>The phrase that matches the whole of <paramref name="text"/>, if any (for exact look-ups such as a place in parentheses).</summary>
    public bool TryMatchWhole(string text, out T value)
    {
        var trimmed = text.Trim();
        foreach (var m in Matches(trimmed))
        {
            if (m.Start == 0 && m.Length == trimmed.Length)
            {
                value = m.Value;
                return true;
            }

            break;
        }

        value = default!;
        return false;
    }

    private bool TryMatchAt(string text, int start, int wordLength, Span<char> buffer, out PhraseMatch<T> match)
    {
        var key = buffer[..wordLength];
        text.AsSpan(start, wordLength).ToLowerInvariant(key);

        // A plural first word ("Norms", "CERTS") is looked up without its suffix too; MatchLength decides.
        return TryCandidates(text, start, key, out match)
            || (key.Length > 2 && key[^1] == 's' && TryCandidates(text, start, key[..^1], out match))
            || (key.Length > 3 && key.EndsWith("es") && TryCandidates(text, start, key[..^2], out match));
    }

    private bool TryCandidates(string text, int start, ReadOnlySpan<char> key, out PhraseMatch<T> match)
    {
        if (_lookup.TryGetValue(key, out var candidates))
        {
            foreach (var phrase in candidates)
            {
                var length = MatchLength(text, start, phrase);
                if (length > 0)
                {
                    match = new PhraseMatch<T>(start, length, phrase.Value);
                    return true;
                }
            }
        }

        match = default;
        return false;
    }

    private static int MatchLength(string text, int start, Phrase phrase)
    {
        var p = phrase.Text;
        if (start + p.Length > text.Length)
        {
            return 0;
        }

        if (phrase.Mode == PhraseMode.Name && !char.IsUpper(text[start]) && !char.IsDigit(text[start]))
        {
            return 0;
        }

        for (var k = 0; k < p.Length; k++)
        {
            var a = text[start + k];
            var b = p[k];
            var equal = phrase.Mode == PhraseMode.Exact
                ? FoldPunctuation(a) == FoldPunctuation(b)
                : Fold(a) == Fold(b);
            if (!equal)
            {
                return 0;
            }
        }

        var end = start + p.Length;
        if (phrase.Mode == PhraseMode.Term)
        {
            end += PluralSuffix(text, end);
        }

        // A phrase that ends in punctuation ("U.S.") is its own boundary.
        return end == text.Length || !IsWordChar(text[end]) || !IsWordChar(text[end - 1]) ? end - start : 0;
    }

    private static int PluralSuffix(string text, int end)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["s", "es"])
        {
            var after = end + suffix.Length;
            if (after <= text.Length
                && text.AsSpan(end, suffix.Length).Equals(suffix, StringComparison.OrdinalIgnoreCase)
                && (after == text.Length || !IsWordChar(text[after])))
            {
                return suffix.Length;
            }
        }

        return 0;
    }

    private static bool Same(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var k = 0; k < a.Length; k++)
        {
            if (Fold(a[k]) != Fold(b[k]))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    internal static int WordLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        return end - start;
    }

    private static char FoldPunctuation(char c) => c switch
    {
        '’' or '‘' or '`' or 'ʼ' => '\'',
        '-' or '‐' or '‑' or '–' or '—' => ' ',
        _ => c,
    };

    private static char Fold(char c) => char.ToLowerInvariant(FoldPunctuation(c));
}
