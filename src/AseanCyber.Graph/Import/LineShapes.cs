using System.Text.RegularExpressions;

namespace AseanCyber.Graph.Import;

/// <summary>
/// The forms of a line that tell the fields of a page apart, since the exports carry no labels:
/// list items, title case, the shape of a body line or a title, names of organisations.
/// </summary>
internal static partial class LineShapes
{
    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "per", "the",
        "to", "via", "vs", "with", "within", "de", "del", "des", "du", "la", "le", "et", "y", "und", "für",
    };

    /// <summary>Words that make a short title-cased line read as the name of an organisation (the issuing body, not an entry).</summary>
    private static readonly HashSet<string> OrganizationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ministry", "Ministries", "Minister", "Ministers", "Agency", "Agencies", "Department", "Departments", "Council",
        "Forum", "Secretariat", "Association", "Centre", "Center", "Centres", "Centers", "Team", "Teams", "Office",
        "Commission", "Committee", "Authority", "Bureau", "Police", "Meeting", "Meetings", "Group", "Heads", "Government",
        "Parliament", "Assembly", "Congress", "Senate", "Cabinet", "President", "Presidency", "Court", "Board",
        "Directorate", "Service", "Services", "Institute", "Organization", "Organisation", "Union", "Corporation", "Unit",
        "Command", "Forces", "Administration", "Summit", "Conference", "Leaders", "Chamber", "Bank", "Navy", "Army",
        "Ombudsman", "Commissioner", "Regulator", "Inspectorate", "Division", "Secretary", "Network",
        "Society", "Foundation", "Alliance", "Federation", "Consortium", "Officials", "Taskforce", "Task", "Force", "Chairmanship",
    };

    /// <summary>Words that make the head of a line a person's position ("Chief Information Officer"), not an institution.</summary>
    private static readonly HashSet<string> PositionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Secretary", "Officer", "Adviser", "Advisor", "Coordinator", "Director", "Chief", "Head", "Commissioner", "Ambassador",
        "Envoy", "Minister", "President", "Chair", "Chairman", "Chairperson", "Deputy", "Representative", "Rapporteur",
        "Spokesperson", "Governor", "Czar", "Coordinator-General", "Director-General", "Secretary-General",
    };

    /// <summary>Quotes, brackets and sentence punctuation that may stand around a word ("(ASEAN),", "“Cyber"); not part of it.</summary>
    public const string AroundWords = "\"'“”‘’()[]{},:;.!?";

    private static readonly System.Buffers.SearchValues<char> WordPunctuation = System.Buffers.SearchValues.Create("-–/&+#@");

    /// <summary>A bullet ("•", "-", "*", ...) or numbered ("1.", "2)", "a.", "(b)") line; <paramref name="item"/> is the text after the marker.</summary>
    public static bool TryListItem(string text, out string item)
    {
        if (TryBullet(text, out item))
        {
            return true;
        }

        var m = NumberedItem().Match(text);
        item = m.Success ? m.Groups["text"].Value.Trim() : string.Empty;
        return m.Success && item.Length > 0;
    }

    public static bool IsListItem(string text) => TryListItem(text, out _);

    private static bool TryBullet(string text, out string item)
    {
        item = string.Empty;
        if (text.Length < 2)
        {
            return false;
        }

        var marker = text[0];
        var isBullet = marker is '•' or '◦' or '▪' or '‣' or '●' or '○' or '■' or '□' or '·' or '▫' or '➢' or '►' or '✓' or '⁃'
            || (marker is '-' or '*' or '–' or '—' && char.IsWhiteSpace(text[1]));
        if (!isBullet)
        {
            return false;
        }

        item = text[1..].Trim();
        return item.Length > 0;
    }

    /// <summary>The item's text without the marker and without a trailing list separator ("...;", "..., and").</summary>
    public static string CleanItem(string text)
    {
        var item = text.Trim();
        var m = TrailingSeparator().Match(item);
        return m.Success ? item[..m.Index].TrimEnd() : item;
    }

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    public static bool EndsWithTerminal(string text) => text.Length > 0 && text[^1] is '.' or ':' or ';' or ',';

    /// <summary>Every significant word starts with a capital (or is a number, or an acronym such as "eGovernment"); minor words may be lower-case.</summary>
    public static bool IsTitleCased(string text)
    {
        var first = true;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan()[range].Trim(AroundWords);
            if (word.IsEmpty)
            {
                continue;
            }

            var letter = word.IndexOfAnyExcept(WordPunctuation);
            if (letter < 0 || !char.IsLetter(word[letter]) || char.IsUpper(word[letter]))
            {
                first = false;
                continue;
            }

            // "eGovernment", "e-Government", "iOS": a lower-case prefix before a capital.
            if (ContainsUpper(word))
            {
                first = false;
                continue;
            }

            if (first || !MinorWords.Contains(word.ToString()))
            {
                return false;
            }
        }

        return !first;
    }

    private static bool ContainsUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsOrganizationWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]) && OrganizationWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsMinorWord(ReadOnlySpan<char> word) => MinorWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A person's position: a position word before the first "of", "for", "on" or ",": "Special Adviser on Cyber Defence", "Minister of Defence".</summary>
    public static bool IsPositionTitle(string text)
    {
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan()[range].Trim(AroundWords);
            if (word.IsEmpty)
            {
                continue;
            }

            if (PositionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }

            if (IsMinorWord(word) || text.AsSpan()[range].EndsWith(","))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A line that can name the issuing body: short, title-cased, no sentence punctuation at the end.</summary>
    public static bool IsBodyShaped(string text) =>
        text.Length > 0 && text[0] != '(' && WordCount(text) <= 10 && !EndsWithTerminal(text) && IsTitleCased(text)
        && !IsListItem(text) && !DateLineParser.TryParse(text, out _);

    /// <summary>A line that reads as the title of a new entry rather than a sentence of a description.</summary>
    public static bool IsTitleShaped(string text)
    {
        var title = StatusPrefix().Replace(text, string.Empty, 1);
        return title.Length > 0 && WordCount(title) <= 20 && !EndsWithTerminal(title) && IsTitleCased(title)
            && !IsListItem(text) && !DateLineParser.TryParse(text, out _);
    }

    /// <summary>A line that may be a sub-section heading: a few capitalised words, no numbers or punctuation.</summary>
    public static bool IsHeadingShaped(string text) =>
        WordCount(text) <= 6 && HeadingCharacters().IsMatch(text) && IsTitleCased(text);

    /// <summary>Reads as an organisation: it has an organisation word ("Ministry", "Forum", ...) or is made of acronyms ("VNCERT").</summary>
    public static bool LooksLikeOrganization(string text)
    {
        var allAcronyms = true;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var token = text.AsSpan()[range].Trim(AroundWords);
            if (token.IsEmpty)
            {
                continue;
            }

            allAcronyms &= IsAcronym(token);
            foreach (var part in token.SplitAny("-/’'"))
            {
                var word = token[part];
                if (word.Length > 0 && char.IsUpper(word[0]) && OrganizationWords.Contains(word.ToString()))
                {
                    return true;
                }
            }
        }

        return allAcronyms || EndsWithAcronymInParentheses().IsMatch(text);
    }

    /// <summary>"VNCERT", "SOC", "TELMIN", "C2": capitals and digits, starting with a letter.</summary>
    public static bool IsAcronym(ReadOnlySpan<char> text)
    {
        if (text.Length is < 2 or > 15 || !char.IsAsciiLetterUpper(text[0]))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (!char.IsAsciiDigit(c) && c is not ('&' or '-' or '.' or '/'))
            {
                return false;
            }
        }

        return letters >= 1;
    }

    [GeneratedRegex(@"^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(?<text>.+)$|^\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+(?<text>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"\s*[;,](?:\s+(?:and|or))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSeparator();

    [GeneratedRegex(@"^\(\s*(?:in progress|proposed|announced)\s*\)\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex StatusPrefix();

    [GeneratedRegex(@"^[\p{L}][\p{L}'’&/\- ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingCharacters();

    [GeneratedRegex(@"\([A-Z][A-Z0-9&\-]+\)$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithAcronymInParentheses();
}
