using System.Text.RegularExpressions;

namespace AseanCyber.Graph.Import;

/// <summary>What a body line says: the bodies, and where the meeting took place when the line also says so ("... in Oslo 11-12 July 2018").</summary>
internal sealed record ParsedBodyLine(IReadOnlyList<string> Names, string? Where);

/// <summary>
/// Body lines are told from description sentences by form, not by length: a line of organisation names ("Ministers in
/// charge of ...", "A (AA), B (BB), C (CC).", "the Commission and the Society") or a title-cased name. Several bodies
/// are separated by ';' always, by ',' when every part is an organisation, and by "and" between two organisation names.
/// "X, Y" stays one body when Y is the organisation X belongs to (a known international organisation or the profile).
/// </summary>
internal static partial class BodyLineParser
{
    /// <summary>Whether the line after a title names bodies rather than starting a description.</summary>
    public static bool IsBodyLine(string text, bool strict)
    {
        if (text.Length == 0 || text[0] == '(' || LineShapes.IsListItem(text) || text[^1] is ':' or ';' or ','
            || DateLineParser.TryParse(text, out _))
        {
            return false;
        }

        var core = StripWhereWhen(text, out _).TrimEnd('.').Trim();
        if (core.Length == 0 || StartsLikeAVerb(core) || LineShapes.WordCount(core) > 40)
        {
            return false;
        }

        // Without a date to close the entry, a title-cased line may as well be the next title: only an institution counts.
        if (strict)
        {
            return core.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .All(p => IsOrganizationName(p) && !LineShapes.IsPositionTitle(p));
        }

        var titleCased = LineShapes.IsTitleCased(WithoutParentheses(core));
        if (core.Length == text.TrimEnd('.').Length && !text.EndsWith('.') && titleCased)
        {
            return true;
        }

        // A sentence ends with a full stop; a list of bodies does so only when it spells out acronyms.
        if (text.EndsWith('.') && !titleCased && !core.Contains(')', StringComparison.Ordinal))
        {
            return false;
        }

        return Parts(core).All(IsOrganizationName);
    }

    public static ParsedBodyLine Parse(string line, Func<string, bool> isKnownOrganization, Action<string> warn)
    {
        var core = StripWhereWhen(line, out var where).Trim().TrimEnd('.').Trim();
        var names = new List<string>();
        foreach (var raw in core.Split(';'))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            foreach (var piece in SplitCommas(part, isKnownOrganization, warn))
            {
                names.AddRange(SplitAnd(piece, warn));
            }
        }

        return new ParsedBodyLine([.. names.Select(CleanName).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)], where);
    }

    private static List<string> SplitCommas(string part, Func<string, bool> isKnownOrganization, Action<string> warn)
    {
        if (!part.Contains(',', StringComparison.Ordinal))
        {
            return [part];
        }

        // "Ministry of Technology, Communication and Innovation (MTCI)": the acronym spells the whole name, commas and all.
        if (TrailingAcronym().Match(part) is { Success: true } spelt && IsAcronymLike(spelt.Groups["acronym"].Value))
        {
            var name = StripArticle(part[..spelt.Index].Trim());
            if (BodyIdentity.FromInitials(name, spelt.Groups["acronym"].Value) == name)
            {
                return [part];
            }
        }

        var pieces = SplitOutsideParentheses(part, ',');
        if (!pieces.All(p => IsOrganizationName(p) || IsOrganizationName(StripAnd(p))))
        {
            warn($"body line '{part}' has a ',' but not every part reads as an organisation; kept as one body (use ';' to separate bodies)");
            return [part];
        }

        // "General Secretariat, OAS": a unit followed by the organisation it belongs to is one body.
        var result = new List<string>();
        foreach (var piece in pieces)
        {
            var clean = StripAnd(piece);
            if (result.Count > 0 && isKnownOrganization(clean) && !ContainsName(result[^1], clean))
            {
                result[^1] = $"{result[^1]}, {clean}";
                continue;
            }

            // "Department of Infrastructure and Energy, African Union Commission", "Transnational Threats Department, OSCE
            // Secretariat": a department of an organ of a known organisation is a unit of that organ.
            if (result.Count > 0 && IsUnit(result[^1]) && OrganOfKnown(clean, isKnownOrganization) && !ContainsName(result[^1], clean))
            {
                warn($"body line '{part}' read as '{result[^1]}' being a unit of '{clean}': one body");
                result[^1] = $"{result[^1]}, {clean}";
                continue;
            }

            result.Add(piece);
        }

        return result;
    }

    private static readonly HashSet<string> UnitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Department", "Division", "Unit", "Directorate", "Section", "Branch", "Bureau", "Office", "Programme", "Program",
    };

    /// <summary>The first organisation word of the name is a unit word: "Department of ...", "Cyber/ICT Security Unit".</summary>
    private static bool IsUnit(string name)
    {
        foreach (var raw in StripArticle(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.AsSpan().Trim(LineShapes.AroundWords);
            if (LineShapes.IsOrganizationWord(word))
            {
                return UnitWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            }
        }

        return false;
    }

    /// <summary>"African Union Commission", "OSCE Secretariat": a known organisation's name followed by the organ's word.</summary>
    private static bool OrganOfKnown(string name, Func<string, bool> isKnownOrganization)
    {
        var words = StripArticle(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = words.Length - 1; k >= 1; k--)
        {
            if (isKnownOrganization(string.Join(' ', words[..k])))
            {
                return words[k..].All(w => LineShapes.IsOrganizationWord(w));
            }
        }

        return false;
    }

    private static bool ContainsName(string text, string name) => text.Contains(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>"A and B" is two bodies when both halves are organisation names and B is more than one generic word ("Heads of State and Government" stays one).</summary>
    private static List<string> SplitAnd(string piece, Action<string> warn)
    {
        var text = StripAnd(piece);
        if (text.Contains(',', StringComparison.Ordinal))
        {
            // A unit and its organisation, joined above: each half was a name of its own.
            return [text];
        }

        foreach (Match m in AndSeparator().Matches(text))
        {
            var left = text[..m.Index].Trim();
            var right = text[(m.Index + m.Length)..].Trim();
            var rightName = StripArticle(right);
            if (IsOrganizationName(left) && IsOrganizationName(rightName) && LineShapes.WordCount(rightName) > 1 && HasOrganizationWord(rightName))
            {
                warn($"body line '{piece}' read as two bodies, '{left}' and '{rightName}'");
                return [left, .. SplitAnd(rightName, _ => { })];
            }
        }

        return [text];
    }

    private static string StripAnd(string text) => LeadingAnd().Replace(text.Trim(), string.Empty);

    private static string StripArticle(string text) => LeadingArticle().Replace(text.Trim(), string.Empty);

    private static string CleanName(string text) => StripArticle(StripAnd(text)).Trim().TrimEnd('.', ',', ';').Trim();

    private static List<string> Parts(string core)
    {
        var parts = new List<string>();
        foreach (var semi in core.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var comma in SplitOutsideParentheses(semi, ','))
            {
                var text = StripAnd(comma);
                var split = false;
                foreach (Match m in AndSeparator().Matches(text))
                {
                    var left = text[..m.Index].Trim();
                    var right = StripArticle(text[(m.Index + m.Length)..]);
                    if (IsOrganizationName(left) && IsOrganizationName(right))
                    {
                        parts.Add(left);
                        parts.Add(right);
                        split = true;
                        break;
                    }
                }

                if (!split && text.Length > 0)
                {
                    parts.Add(text);
                }
            }
        }

        return parts;
    }

    private static List<string> SplitOutsideParentheses(string text, char separator)
    {
        var result = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                default:
                    if (text[i] == separator && depth == 0)
                    {
                        result.Add(text[start..i].Trim());
                        start = i + 1;
                    }

                    break;
            }
        }

        result.Add(text[start..].Trim());
        return [.. result.Where(r => r.Length > 0)];
    }

    /// <summary>
    /// An organisation's name: an acronym, or a name whose leading capitalised words (before the first lower-case word
    /// other than "of", "for", "the", ...) hold an organisation word: "Ministers in charge of ...", "Commission of the African Union".
    /// </summary>
    public static bool IsOrganizationName(string text)
    {
        var name = StripArticle(text).TrimEnd('.').Trim();
        var acronym = TrailingAcronym().Match(name);
        if (acronym.Success && !IsAcronymLike(acronym.Groups["acronym"].Value))
        {
            acronym = Match.Empty;
        }

        if (acronym.Success)
        {
            name = name[..acronym.Index].Trim();
            if (name.Length == 0)
            {
                return true;
            }
        }

        if (name.Length == 0 || !char.IsUpper(name[0]) && !char.IsDigit(name[0]))
        {
            return false;
        }

        if (LineShapes.IsAcronym(name))
        {
            return true;
        }

        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan()[range].Trim(LineShapes.AroundWords);
            if (word.IsEmpty)
            {
                continue;
            }

            if (LineShapes.IsOrganizationWord(word))
            {
                return acronym.Success || !FollowedByParticiple(name, word.ToString());
            }

            if (char.IsLower(word[0]) && !LineShapes.IsMinorWord(word))
            {
                return acronym.Success;
            }
        }

        return acronym.Success;
    }

    private static bool HasOrganizationWord(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => LineShapes.IsOrganizationWord(w.AsSpan().Trim(LineShapes.AroundWords)));

    /// <summary>"Council composed of ...", "Agency established in 2015": the organisation word opens a sentence, not a name.</summary>
    private static bool FollowedByParticiple(string name, string word)
    {
        var at = name.IndexOf(word, StringComparison.Ordinal);
        var rest = name[(at + word.Length)..].TrimStart();
        var next = rest.Split(' ', 2)[0];
        return next.Length > 3 && char.IsLower(next[0]) && (next.EndsWith("ed", StringComparison.Ordinal) || next.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>"SOC", "CoE", "AU-CERT": at least two capitals and no spaces.</summary>
    internal static bool IsAcronymLike(string text) =>
        !text.Contains(' ', StringComparison.Ordinal) && text.Count(char.IsUpper) >= 2 && char.IsUpper(text[0]);

    /// <summary>"Provides training ...", "Attended by ...", "Aims to ...": a capitalised verb then a lower-case word.</summary>
    private static bool StartsLikeAVerb(string text)
    {
        var words = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || LineShapes.IsOrganizationWord(words[0]) || LineShapes.IsAcronym(words[0]) || !char.IsLower(words[1][0])
            || words[1] is "and" or "or" or "of" or "&")
        {
            return false;
        }

        var first = words[0].ToLowerInvariant();
        return first.EndsWith("ed", StringComparison.Ordinal) || first.EndsWith('s') || first.EndsWith("ing", StringComparison.Ordinal);
    }

    private static string WithoutParentheses(string text) => Parenthesised().Replace(text, " ").Trim();

    /// <summary>"ARF Inter-Sessional Meeting in Kuala Lumpur 11-12 July 2018": the place and date go, so the date never reaches the entry's date field.</summary>
    internal static string StripWhereWhen(string text, out string? where)
    {
        where = null;

        // Only a line that ends with a year can say when; the check keeps long sentences away from the pattern.
        var end = text.TrimEnd('.');
        if (end.Length is < 8 or > 400 || !char.IsAsciiDigit(end[^1]))
        {
            return text;
        }

        var m = WhereWhen().Match(text);
        if (!m.Success || m.Index == 0)
        {
            return text;
        }

        where = $"in {m.Groups["place"].Value.Trim().TrimEnd(',')}";
        return text[..m.Index].TrimEnd(' ', ',');
    }

    [GeneratedRegex(@"[,\s]+(?:held\s+)?(?:in|at)\s+(?<place>[A-Z][\p{L}'’\-. ]*?(?:,\s*[A-Z][\p{L}'’\-. ]*?)*),?\s+(?:on\s+)?(?<date>(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex WhereWhen();

    [GeneratedRegex(@"\s+and\s+", RegexOptions.CultureInvariant)]
    private static partial Regex AndSeparator();

    [GeneratedRegex(@"^(?:and|&)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAnd();

    [GeneratedRegex(@"^the\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"\s*\((?<acronym>[A-Za-z][A-Za-z0-9&\-./ ]{0,15})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAcronym();

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();
}
