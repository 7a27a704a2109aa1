using System.Text.RegularExpressions;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Import;

/// <summary>A place named in the title's parentheses: a city of the gazetteer (with its country) or a country alone.</summary>
internal sealed record TitlePlace(Place? Place, Country Country, string Evidence);

internal sealed record ParsedTitle(
    string Title,
    EntryStatus? Status,
    int? Edition,
    string? Acronym,
    IReadOnlyList<TitlePlace> Places,
    string TextForMentions);

/// <summary>
/// Splits a title line into the title and what its decorations say: a status prefix "(in progress)", an edition
/// ("(10th edition)", ", Third Edition"), an acronym "(TELMIN)", a place "(Hoi An City, Quang Nam Province, Viet Nam)".
/// Only a trailing place leaves the title; everything else stays as printed.
/// </summary>
internal static partial class TitleParser
{
    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private static readonly string[] AdministrativeUnits =
    [
        "Province", "Region", "State", "Prefecture", "District", "County", "Governorate", "Island", "Islands",
        "Municipality", "Territory", "Regency", "Special Region",
    ];

    public static ParsedTitle Parse(string line, ReferenceData reference, Action<string> warn, IReadOnlyCollection<Country>? context = null)
    {
        context ??= [];
        var text = line;
        EntryStatus? status = null;
        var prefix = LineShapes.StatusPrefix().Match(text);
        if (prefix.Success)
        {
            status = StatusOf(prefix.Value.Trim().Trim('(', ')'));
            text = text[prefix.Length..];
        }

        var groups = FindGroups(text, out var balanced);
        if (!balanced)
        {
            warn($"unbalanced parentheses in the title '{text}'; kept as printed");
        }

        int? edition = null;
        string? acronym = null;
        var places = new List<TitlePlace>();
        var mentions = text.ToCharArray();
        (int Start, int End)? trailingPlace = null;
        foreach (var (start, end) in groups)
        {
            var printed = text[start..(end + 1)];
            var content = text[(start + 1)..end].Trim();
            if (content.Length == 0)
            {
                continue;
            }

            if (ParseEdition(content, anchored: true) is { } n)
            {
                edition ??= n;
            }
            else if (end == text.Length - 1 && StatusOf(content) is { } trailing)
            {
                // "National Cyber Security Strategy (in progress)": the status printed after the title; the title stays as printed.
                status ??= trailing;
            }
            else if (TryPlace(content, printed, reference, context, warn, out var place))
            {
                places.Add(place);
                Array.Fill(mentions, ' ', start, end - start + 1);
                if (end == text.Length - 1)
                {
                    trailingPlace = (start, end);
                }
            }
            else if (LineShapes.IsAcronym(content) || BodyLineParser.IsAcronymLike(content))
            {
                acronym ??= content;
            }
            else if (!char.IsLower(content[0]) && !char.IsDigit(content[0]) && !IsAmbiguousCountry(content, reference))
            {
                warn($"'{printed}' is not a known place, acronym or edition; kept in the title");
            }
        }

        edition ??= ParseEdition(text, anchored: false) ?? OrdinalInTitle(text);
        var title = trailingPlace is { } t ? text[..t.Start].TrimEnd(' ', ',', ';', ':', '-', '–') : text;
        return new ParsedTitle(title, status, edition, acronym, places, new string(mentions));
    }

    private static EntryStatus? StatusOf(string word) => word.Trim().ToUpperInvariant() switch
    {
        "IN PROGRESS" => EntryStatus.InProgress,
        "PROPOSED" => EntryStatus.Proposed,
        "ANNOUNCED" => EntryStatus.Announced,
        _ => null,
    };

    /// <summary>Depth-0 parenthetical groups as (index of '(', index of ')'); <paramref name="balanced"/> is false on a stray or missing parenthesis.</summary>
    private static List<(int Start, int End)> FindGroups(string text, out bool balanced)
    {
        var groups = new List<(int, int)>();
        var depth = 0;
        var open = -1;
        balanced = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                if (depth++ == 0)
                {
                    open = i;
                }
            }
            else if (text[i] == ')')
            {
                if (depth == 0)
                {
                    balanced = false;
                    continue;
                }

                if (--depth == 0)
                {
                    groups.Add((open, i));
                }
            }
        }

        balanced &= depth == 0;
        return groups;
    }

    internal static int? ParseEdition(string text, bool anchored)
    {
        var m = anchored ? EditionAlone().Match(text) : EditionInTitle().Match(text);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["number"].Success)
        {
            return int.Parse(m.Groups["number"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        }

        var index = Array.FindIndex(OrdinalWords, w => w.Equals(m.Groups["word"].Value, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : null;
    }

    /// <summary>"2nd Cybercrime Dialogue", "Third ASEAN Cyber Forum": an ordinal before a capitalised word is the edition.</summary>
    private static int? OrdinalInTitle(string text)
    {
        // Only in the title's first segment: "CIIP Guidelines, 9th ASEAN-Japan ... Meeting" names the meeting that adopted a document.
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var m = OrdinalBeforeName().Match(comma < 0 ? text : text[..comma]);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["number"].Success)
        {
            return int.Parse(m.Groups["number"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        }

        var index = Array.FindIndex(OrdinalWords, w => w.Equals(m.Groups["word"].Value, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : null;
    }

    /// <summary>"Bangkok", "Viet Nam", "Hoi An City, Quang Nam Province, Viet Nam": every part must be a city, a country or an administrative unit.</summary>
    private static bool TryPlace(string content, string printed, ReferenceData reference, IReadOnlyCollection<Country> context, Action<string> warn, out TitlePlace place)
    {
        // Doubts about a city count only if the whole bracket turns out to be a place.
        var doubts = new List<string>();
        place = null!;
        Place? city = null;
        Country? named = null;
        foreach (var raw in content.Split(','))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (reference.ResolvePlace(part, context, doubts.Add) is { } p)
            {
                // The first city is the place; a second one ("Nusa Dua, Bali") only narrows it down.
                city ??= p;
            }
            else if (reference.FindCountryName(part) is { } name)
            {
                if (name.Country is not null)
                {
                    named ??= name.Country;
                }
                else if (!name.IsAmbiguous)
                {
                    return false;
                }
            }
            else if (AdministrativeUnits.Any(u => part.EndsWith(" " + u, StringComparison.Ordinal)))
            {
                continue;
            }
            else if (part.EndsWith(" City", StringComparison.Ordinal) && reference.FindCountryName(part[..^5]) is { Country: { } capitalOf })
            {
                // "Panama City", "Kuwait City": the city named after its country, when the gazetteer spells it otherwise ("Panamá").
                named ??= capitalOf;
            }
            else if (city is not null && AbbreviatedUnit().IsMatch(part))
            {
                // "Washington, D.C.", "Canberra, ACT": an abbreviated district or state after the city.
                continue;
            }
            else if (reference.FindNearMiss(part) is { } near)
            {
                named ??= near.Country;
                doubts.Add($"'{part}' is not a country name as spelt; read as {near.Country.Name} ({near.Country.Code})");
            }
            else
            {
                return false;
            }
        }

        if (city?.Country is { } cityCountry)
        {
            if (named is not null && named != cityCountry)
            {
                warn($"'{printed}' names {city.Name}, which is in {cityCountry.Name}, but also {named.Name}; linked to {cityCountry.Name}");
            }

            place = new TitlePlace(city, cityCountry, printed);
            doubts.ForEach(warn);
            return true;
        }

        if (named is not null)
        {
            place = new TitlePlace(null, named, printed);
            doubts.ForEach(warn);
            return true;
        }

        return false;
    }

    private static bool IsAmbiguousCountry(string content, ReferenceData reference) =>
        reference.FindCountryName(content) is { IsAmbiguous: true };

    [GeneratedRegex(@"^[A-Z](?:\.?[A-Z]){0,3}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviatedUnit();

    [GeneratedRegex(@"^(?:(?<number>\d{1,3})(?:st|nd|rd|th)|(?<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))\s+edition$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditionAlone();

    [GeneratedRegex(@"[,(]\s*(?:(?<number>\d{1,3})(?:st|nd|rd|th)|(?<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))\s+edition\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditionInTitle();

    [GeneratedRegex(@"(?:^|[\s\-–(])(?:(?<number>\d{1,3})(?:st|nd|rd|th)|(?<word>First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth))\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalBeforeName();
}
