using System.Text.RegularExpressions;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Import;

/// <summary>One line of an entry's text that links are looked for in (title, description or item), with its source line.</summary>
internal readonly record struct TextLine(int Line, string Text);

/// <summary>
/// Finds what an entry's text links to: countries and their role, places, themes, organizations. Each link keeps the
/// matched phrase and its line; the first evidence of a (country, role), place or organization wins; a theme keeps all
/// its terms and is linked only on specific evidence (<see cref="ThemeEvidence"/>).
/// </summary>
internal sealed partial class EntryLinker(ReferenceData reference, string profileName, string? profileAcronym, Country? profileCountry, IReadOnlyCollection<Country> context)
{
    public EntryLinks Link(ParsedTitle title, int titleLine, IReadOnlyList<BodyLink> bodies, IReadOnlyList<TextLine> texts, Action<int, string> warn)
    {
        var links = new Collector();
        Scan(title.TextForMentions, titleLine, links, warn);
        foreach (var place in title.Places)
        {
            if (place.Place is { } p)
            {
                links.AddPlace(p, place.Evidence, titleLine);
            }

            links.AddInvolvement(place.Country, InvolvementRole.Venue, place.Evidence, titleLine);
        }

        foreach (var text in texts)
        {
            Scan(text.Text, text.Line, links, warn);
        }

        // "Ministry of Foreign Affairs of Japan", "Government of the Republic of Korea": a body of a state involves that state.
        foreach (var body in bodies)
        {
            foreach (var m in reference.CountryNames.Matches(body.Evidence))
            {
                if (m.Value.Country is { } country && country != profileCountry)
                {
                    links.AddInvolvement(country, InvolvementRole.Partner, body.Evidence, body.Line);
                }
            }
        }

        return new EntryLinks(bodies, links.Involvements, links.Places, links.Themes.Links(), links.Organizations);
    }

    private void Scan(string text, int line, Collector links, Action<int, string> warn)
    {
        // Countries and cities are collected first and linked in text order, so "first evidence" means first in the line.
        var mentions = new List<(int Start, int End, Country Country, InvolvementRole Role, string Evidence, Place? Place)>();
        foreach (var m in reference.CountryNames.Matches(text))
        {
            var name = m.Value;
            Country? country;
            if (name.IsAmbiguous && profileCountry is not null && name.Candidates.Contains(profileCountry))
            {
                // "Korea" on the Republic of Korea's own profile is that state.
                country = profileCountry;
            }
            else if (name.IsAmbiguous)
            {
                var options = string.Join(" or ", name.Candidates.Select(c => $"{c.Name} ({c.Code})"));
                warn(line, $"'{text.Substring(m.Start, m.Length)}' is ambiguous ({options}); no country linked, write the full name");
                continue;
            }
            else if (name.Country is null)
            {
                continue;
            }
            else
            {
                country = name.Country;
            }

            var (role, evidence, _) = RoleOf(text, m.Start, m.Length);
            if (role != InvolvementRole.Partner || country != profileCountry)
            {
                mentions.Add((m.Start, m.Start + m.Length, country, role, evidence, null));
            }
        }

        // A city is a place of the entry only where the text says it was held or hosted in it: "Budapest Convention" is not.
        (int End, int EvidenceStart, InvolvementRole Role, bool BareIn)? listed = null;
        foreach (var m in reference.PlaceNames.Matches(text))
        {
            var end = m.Start + m.Length;
            var (role, evidence, locative) = RoleOf(text, m.Start, m.Length);
            var bareIn = false;
            if (!locative && role == InvolvementRole.Partner && !ContinuesAsAName(text, end)
                && BareIn().Match(text, Math.Max(0, m.Start - 8), m.Start - Math.Max(0, m.Start - 8)) is { Success: true } bare)
            {
                // "in Oslo", "Consultations in Addis Ababa": a city after "in" is where it took place ("in Central Asia" is not).
                (role, evidence, locative, bareIn) = (InvolvementRole.Venue, text[bare.Index..end].TrimStart(), true, true);
            }
            else if (!locative && role == InvolvementRole.Partner && listed is { } previous && !ContinuesAsAName(text, end)
                && ListSeparator().IsMatch(text.AsSpan(previous.End, m.Start - previous.End)))
            {
                // "Workshops in Hanoi, Phnom Penh and Vientiane": the cities listed after the first are places as much as it is.
                (role, evidence, locative, bareIn) = (previous.Role, text[previous.EvidenceStart..end], true, previous.BareIn);
            }

            if (locative && reference.ResolvePlace(text.Substring(m.Start, m.Length), context, message => warn(line, message), majorOnly: bareIn) is { Country: { } country } place)
            {
                mentions.Add((m.Start, end, country, role, evidence, place));
                listed = (end, end - evidence.Length, role, bareIn);
            }
            else
            {
                listed = null;
            }
        }

        // "Held in Sharm El Sheikh.": the text says where, but no city or country of the reference data is named there.
        foreach (Match venue in SaysWhere().Matches(text))
        {
            var name = venue.Groups["name"];
            if (name.Value.Any(char.IsLower) && !mentions.Exists(m => m.Start < name.Index + name.Length && m.End > name.Index))
            {
                warn(line, $"'{venue.Value}' names a place that is not a known city or country; no place linked");
            }
        }

        (int End, Country Country)? lastPlace = null;
        foreach (var mention in mentions.OrderBy(m => m.Start))
        {
            if (mention.Place is { } place)
            {
                links.AddPlace(place, mention.Evidence, line);
                lastPlace = (mention.End, mention.Country);
            }
            else if (lastPlace is { } city && city.Country == mention.Country && mention.Start >= city.End && text.AsSpan(city.End, mention.Start - city.End).Trim() is ",")
            {
                // "held in Suva, Fiji": the country names where the city is, not a partner.
                continue;
            }

            links.AddInvolvement(mention.Country, mention.Role, mention.Evidence, line);
        }

        links.Themes.Add(reference.ThemeTerms.AllMatches(text), text, line);

        foreach (var m in reference.OrganizationNames.Matches(text))
        {
            var organization = m.Value;
            if (IsProfileItself(organization) || (organization.Acronym == text.Substring(m.Start, m.Length) && IsAllCaps(text)))
            {
                continue;
            }

            links.AddOrganization(organization, Compound(text, m.Start, m.Start + m.Length), line);
        }
    }

    /// <summary>"Central Asia", "Phoenix Group": a capitalised word right after the match makes it part of a longer name.</summary>
    private static bool ContinuesAsAName(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);

    private bool IsProfileItself(Organization organization) =>
        (profileAcronym is not null && string.Equals(organization.Acronym, profileAcronym, StringComparison.OrdinalIgnoreCase))
        || string.Equals(organization.Name, profileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>In an all-caps line ("FIRST MEETING") an acronym that is also a word proves nothing.</summary>
    private static bool IsAllCaps(string text) => !text.Any(char.IsLower);

    /// <summary>
    /// HOST for "hosted in/by X" and "X hosted", VENUE for "held in X" and "took place in X", else PARTNER;
    /// <c>Locative</c> when the phrase puts the entry in X ("in", "at"), so a city there is its place.
    /// </summary>
    private static (InvolvementRole Role, string Evidence, bool Locative) RoleOf(string text, int start, int length)
    {
        var end = start + length;
        var windowStart = Math.Max(0, start - 24);
        var before = RoleBefore().Match(text, windowStart, start - windowStart);
        if (before.Success)
        {
            var verb = before.Groups["verb"].Value;
            var role = verb.StartsWith("host", StringComparison.OrdinalIgnoreCase) ? InvolvementRole.Host : InvolvementRole.Venue;
            return (role, text[before.Index..end], !before.Groups["verb"].Value.EndsWith("by", StringComparison.OrdinalIgnoreCase));
        }

        var after = HostedAfter().Match(text, end);
        if (after.Success)
        {
            return (InvolvementRole.Host, text[start..(after.Index + after.Length)], false);
        }

        return (InvolvementRole.Partner, Compound(text, start, end), false);
    }

    /// <summary>The whole hyphenated compound and a possessive around a name: "ASEAN-Japan", "Japan-ASEAN", "Japan's", "INTERPOL-led".</summary>
    private static string Compound(string text, int start, int end)
    {
        while (start >= 2 && text[start - 1] is '-' or '–' && PhraseMatcher<object>.IsWordChar(text[start - 2]))
        {
            start--;
            while (start > 0 && PhraseMatcher<object>.IsWordChar(text[start - 1]))
            {
                start--;
            }
        }

        while (end + 1 < text.Length && text[end] is '-' or '–' && PhraseMatcher<object>.IsWordChar(text[end + 1]))
        {
            end++;
            end += PhraseMatcher<object>.WordLength(text, end);
        }

        if (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's'
            && (end + 2 == text.Length || !PhraseMatcher<object>.IsWordChar(text[end + 2])))
        {
            end += 2;
        }

        return text[start..end];
    }

    [GeneratedRegex(@"\b(?<verb>hosted\s+(?:in|by|at)|held\s+(?:in|at)|took\s+place\s+(?:in|at))\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleBefore();

    [GeneratedRegex(@"\b(?:[Hh]eld|[Hh]osted|[Tt]ook\s+place)\s+in\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex SaysWhere();

    [GeneratedRegex(@"^(?:\s*,\s*|\s*,?\s+and\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"(?:^|\s)in\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareIn();

    [GeneratedRegex(@"\G\s+hosted\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostedAfter();

    private sealed class Collector
    {
        private readonly HashSet<(string Code, InvolvementRole Role)> _involvementKeys = [];
        private readonly HashSet<string> _placeIds = [];
        private readonly HashSet<string> _organizationIds = [];

        public List<Involvement> Involvements { get; } = [];

        public List<PlaceLink> Places { get; } = [];

        public ThemeEvidence Themes { get; } = new();

        public List<OrganizationLink> Organizations { get; } = [];

        public void AddInvolvement(Country country, InvolvementRole role, string evidence, int line)
        {
            if (_involvementKeys.Add((country.Code, role)))
            {
                Involvements.Add(new Involvement(country, role, evidence, line));
            }
        }

        public void AddPlace(Place place, string evidence, int line)
        {
            if (_placeIds.Add(place.Id))
            {
                Places.Add(new PlaceLink(place, evidence, line));
            }
        }

        public void AddOrganization(Organization organization, string evidence, int line)
        {
            if (_organizationIds.Add(organization.Id))
            {
                Organizations.Add(new OrganizationLink(organization, evidence, line));
            }
        }
    }
}
