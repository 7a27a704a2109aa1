using System.Text.RegularExpressions;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Import;

internal sealed record ParsedPage(
    Profile Profile,
    IReadOnlyList<ImportedEntry> Entries,
    IReadOnlyList<ImportWarning> Warnings,
    IReadOnlyList<SubSectionIntroduction> Introductions,
    Country? Country,
    string? MembersSource);

/// <summary>
/// One pass over a page's lines: the header (name, "Last Updated", optional member states), then sections and
/// sub-sections, each cut into blocks of lines that are split into entries (title, body, description, date).
/// </summary>
internal sealed partial class PageParser(ReferenceData reference, List<SourceLine> lines, string documentName)
{
    private const string SectionNames = "Policy, Structure, Legislation or Cooperation";

    internal const int MaxEntryIdLength = 80;

    private static readonly Dictionary<string, string> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Policy"] = "Policy",
        ["Cybersecurity Policy"] = "Policy",
        ["Cyber Security Policy"] = "Policy",
        ["Structure"] = "Structure",
        ["Legislation"] = "Legislation",
        ["Cooperation"] = "Cooperation",
    };

    private static readonly Dictionary<string, EntryKind> SubSections = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Strategy Documents"] = EntryKind.StrategyDocument,
        ["Other Documents"] = EntryKind.OtherDocument,
        ["Communications"] = EntryKind.Communication,
        ["Specialized Agencies"] = EntryKind.SpecializedAgency,
        ["Specialised Agencies"] = EntryKind.SpecializedAgency,
        ["Key Positions"] = EntryKind.KeyPosition,
        ["National Centre or Responsible Agency"] = EntryKind.NationalAgency,
        ["National Center or Responsible Agency"] = EntryKind.NationalAgency,
        ["Dedicated Agencies and Departments"] = EntryKind.NationalAgency,
        ["Regulations and Directives"] = EntryKind.Legislation,
        ["Meetings"] = EntryKind.Meeting,
        ["Activities"] = EntryKind.Activity,
        ["External Cooperation"] = EntryKind.ExternalCooperation,
    };

    /// <summary>The section a sub-section belongs to, for old-portal pages that print no section headings.</summary>
    private static readonly Dictionary<EntryKind, string> SectionOfKind = new()
    {
        [EntryKind.StrategyDocument] = "Policy",
        [EntryKind.OtherDocument] = "Policy",
        [EntryKind.Communication] = "Policy",
        [EntryKind.SpecializedAgency] = "Structure",
        [EntryKind.KeyPosition] = "Structure",
        [EntryKind.NationalAgency] = "Structure",
        [EntryKind.Legislation] = "Legislation",
        [EntryKind.Meeting] = "Cooperation",
        [EntryKind.Activity] = "Cooperation",
        [EntryKind.ExternalCooperation] = "Cooperation",
    };

    private readonly List<ImportWarning> _warnings = [];
    private readonly HashSet<(int, string)> _warned = [];
    private readonly List<ImportedEntry> _entries = [];
    private readonly List<SubSectionIntroduction> _introductions = [];
    private readonly Dictionary<string, int> _entryIds = new(StringComparer.Ordinal);

    private Profile _profile = null!;
    private string _profileKey = string.Empty;

    private int ProfileNameLine { get; set; } = 1;
    private EntryLinker _linker = null!;
    private BodyIdentity _bodyIdentity = null!;
    private HashSet<Country> _placeContext = [];
    private int _introductionsOnPage;
    private Country? _profileCountry;
    private string? _membersSource;

    public ParsedPage Parse()
    {
        var next = ParseHeader();
        _introductionsOnPage = CountIntroductions();
        var first = FindFirstSection(next);
        ParseSections(first);
        var ordered = _warnings.OrderBy(w => w.Line).ToList();
        return new ParsedPage(_profile, _entries, ordered, _introductions, _profileCountry, _membersSource);
    }

    private void Warn(int line, string message)
    {
        if (_warned.Add((line, message)))
        {
            _warnings.Add(new ImportWarning(line, message));
        }
    }

    private int SkipBlank(int i)
    {
        while (i < lines.Count && lines[i].IsBlank)
        {
            i++;
        }

        return i;
    }

    private static string Quote(string text) => text.Length <= 80 ? $"'{text}'" : $"'{text[..77]}...'";

    private int ParseHeader()
    {
        var i = SkipBlank(0);
        if (i == lines.Count)
        {
            throw new ProfileFormatException(1, "the text is empty: a profile page starts with the profile's name");
        }

        var nameLine = lines[i];
        if (IsSectionHeading(nameLine.Text, out _) || LastUpdated().IsMatch(nameLine.Text))
        {
            throw new ProfileFormatException(nameLine.Number, $"expected the profile's name first, found {Quote(nameLine.Text)}");
        }

        if (nameLine.Text.Length > 200 || LineShapes.WordCount(nameLine.Text) > 20 || nameLine.Text[^1] is '.' or '!' or '?')
        {
            throw new ProfileFormatException(nameLine.Number, $"expected the profile's name, found a sentence {Quote(nameLine.Text)}; this does not look like a profile page");
        }

        i = SkipBlank(i + 1);
        if (i == lines.Count)
        {
            throw new ProfileFormatException(nameLine.Number + 1, "expected 'Last Updated: <Month YYYY>' after the profile's name, found the end of the text");
        }

        var updatedLine = lines[i];
        var updated = LastUpdated().Match(updatedLine.Text);
        if (!updated.Success || !DateLineParser.TryParsePoint(updated.Groups["date"].Value, out var lastUpdated))
        {
            throw new ProfileFormatException(updatedLine.Number, $"expected 'Last Updated: <Month YYYY>' after the profile's name, found {Quote(updatedLine.Text)}");
        }

        var (name, acronym) = SplitName(nameLine.Text);
        ProfileNameLine = nameLine.Number;
        _profileKey = acronym ?? name;
        i = SkipBlank(i + 1);
        var members = ParseMembers(ref i);
        var country = reference.FindCountry(name);
        _profile = new Profile(NodeIds.Profile(_profileKey), name, acronym, lastUpdated.Start, documentName, members);
        _profileCountry = country;
        if (country is null && members.Count == 0 && reference.FindMembers(name, acronym, lastUpdated.Start) is { } known)
        {
            _profile = _profile with { Members = known.Members };
            _membersSource = known.Source;
        }

        _placeContext = [.. _profile.Members, .. country is null ? Array.Empty<Country>() : [country]];
        _linker = new EntryLinker(reference, name, acronym, country, _placeContext);
        _bodyIdentity = new BodyIdentity(reference, _profileKey, name, acronym, country is not null, lines.Select(l => l.Text));
        return i;
    }

    private static (string Name, string? Acronym) SplitName(string text)
    {
        var m = NameWithAcronym().Match(text);
        return m.Success && LineShapes.IsAcronym(m.Groups["acronym"].Value)
            ? (m.Groups["name"].Value.Trim(), m.Groups["acronym"].Value)
            : (text, null);
    }

    /// <summary>"Member States" then one comma-separated line of members (OAS pages), or both on one line after a colon.</summary>
    private List<Country> ParseMembers(ref int i)
    {
        if (i >= lines.Count)
        {
            return [];
        }

        var m = MemberStates().Match(lines[i].Text);
        if (!m.Success)
        {
            return [];
        }

        SourceLine listLine;
        if (m.Groups["list"].Value.Length > 0)
        {
            listLine = lines[i] with { Text = m.Groups["list"].Value };
            i = SkipBlank(i + 1);
        }
        else
        {
            var j = SkipBlank(i + 1);
            if (j == lines.Count || IsSectionHeading(lines[j].Text, out _))
            {
                Warn(lines[i].Number, "'Member States' is not followed by a line of members");
                i = j;
                return [];
            }

            listLine = lines[j];
            i = SkipBlank(j + 1);
        }

        var members = new List<Country>();
        foreach (var raw in listLine.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = MemberPrefix().Replace(raw, string.Empty).TrimEnd('.');
            var country = reference.FindCountry(name) ?? reference.FindCountry(raw);

            // "Peru and Uruguay": the last two members joined without a comma, each a country of its own.
            if (country is null && name.Split(" and ", StringSplitOptions.TrimEntries) is [var left, var right]
                && reference.FindCountry(left) is { } first && reference.FindCountry(right) is { } second)
            {
                members.AddRange(new[] { first, second }.Where(c => !members.Contains(c)));
                continue;
            }

            if (country is null && reference.FindNearMiss(name) is { } near)
            {
                country = near.Country;
                Warn(listLine.Number, $"member '{raw}' is not a country name as spelt; read as {near.Country.Name} ({near.Country.Code}), the nearest name '{near.Name}'");
            }

            if (country is null)
            {
                Warn(listLine.Number, $"member '{raw}' is not a known country name; left out of the members");
            }
            else if (!members.Contains(country))
            {
                members.Add(country);
            }
        }

        return members;
    }

    private int FindFirstSection(int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            if (IsSectionHeading(lines[i].Text, out _) || SubSections.ContainsKey(lines[i].Text.TrimEnd(':').Trim()))
            {
                for (var k = start; k < i; k++)
                {
                    if (!lines[k].IsBlank)
                    {
                        Warn(lines[k].Number, $"{Quote(lines[k].Text)} comes before the first section heading; ignored");
                    }
                }

                return i;
            }
        }

        var at = start < lines.Count ? lines[start] : null;
        var found = at is null ? "the end of the text" : Quote(at.Text);
        throw new ProfileFormatException(
            at?.Number ?? (lines.Count > 0 ? lines[^1].Number + 1 : 1),
            $"expected a section heading ({SectionNames}), found {found}; the page has no section heading at all");
    }

    private void ParseSections(int start)
    {
        var block = new List<SourceLine>();
        var context = new BlockContext("", EntryKind.Other, "", AfterSection: true, AfterSubSection: false);
        var sectionSeen = false;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var heading = line.Text.TrimEnd(':').Trim();
            if (IsSectionHeading(line.Text, out var section))
            {
                ParseBlock(block, context);
                sectionSeen = true;
                context = new BlockContext(section, section == "Legislation" ? EntryKind.Legislation : EntryKind.Other, section, AfterSection: true, AfterSubSection: false);
            }
            else if (NoData().IsMatch(line.Text))
            {
                ParseBlock(block, context);
            }
            else if (LinkLabel().IsMatch(line.Text))
            {
                // "Source", "Source 2": the PDF export's link labels; the links themselves are not in the text.
                continue;
            }
            else if (SubSections.TryGetValue(heading, out var kind))
            {
                ParseBlock(block, context);
                var inferred = sectionSeen ? context.Section : SectionOfKind[kind];
                context = context with { Section = inferred, Kind = kind, Category = heading, AfterSection = false, AfterSubSection = true };
            }
            else
            {
                block.Add(line);
            }
        }

        ParseBlock(block, context);
    }

    private static bool IsSectionHeading(string text, out string section) =>
        Sections.TryGetValue(text.TrimEnd(':').Trim(), out section!);

    private sealed record BlockContext(string Section, EntryKind Kind, string Category, bool AfterSection, bool AfterSubSection);

    private void ParseBlock(List<SourceLine> block, BlockContext context)
    {
        if (block.Count == 0)
        {
            return;
        }

        var n = block.Count;
        var dates = new List<DateSpan>?[n];
        var lastDate = -1;
        for (var k = 0; k < n; k++)
        {
            if (DateLineParser.TryParse(block[k].Text, out var spans))
            {
                dates[k] = spans;
                lastDate = k;
            }
            else if (DateLineParser.LooksLikeDate(block[k].Text))
            {
                // "Spring 2018": it stands where the date line stands and closes the entry, so the entries after it keep their fields.
                dates[k] = [];
                lastDate = k;
                Warn(block[k].Number, $"{Quote(block[k].Text)} looks like a date but is not in a form the importer reads; the entry is left without a date");
            }
        }

        var i = 0;
        if (context.AfterSubSection
            && IsIntroduction(block[0].Text, block.ElementAtOrDefault(1)?.Text, block.ElementAtOrDefault(2)?.Text, newPortal: _introductionsOnPage > 0))
        {
            _introductions.Add(new SubSectionIntroduction(context.Section, context.Category, block[0].Text, block[0].Number));
            i = 1;
        }

        // After the last date line, a run of lines that all read as titles is a list of bare titles, not title + body.
        var bareFrom = n;
        if (lastDate + 1 < n && block.Skip(Math.Max(i, lastDate + 1)).All(l => LineShapes.IsTitleShaped(l.Text)))
        {
            bareFrom = Math.Max(i, lastDate + 1);
        }

        var kind = context.Kind;
        var category = context.Category;
        var headingAllowed = context.AfterSection;
        var atSectionStart = context.AfterSection;
        while (i < n)
        {
            var line = block[i];
            if (i >= bareFrom)
            {
                // Key positions and other dateless lists: a title, then perhaps the institution it belongs to.
                SourceLine? bareBody = null;
                if (i + 1 < n && BodyLineParser.IsBodyLine(block[i + 1].Text, strict: true) && !BodyLineParser.IsBodyLine(line.Text, strict: true))
                {
                    bareBody = block[i + 1];
                }

                AddEntry(context.Section, kind, category, line, bareBody, [], [], [], bareBody ?? line, []);
                i += bareBody is null ? 1 : 2;
                continue;
            }

            if (headingAllowed && IsUnknownHeading(block, i, dates, lastDate, bareFrom, atSectionStart))
            {
                kind = EntryKind.Other;
                category = line.Text;
                Warn(line.Number, $"{Quote(line.Text)} is not a known sub-section heading; its entries are imported with kind Other and this category");
                headingAllowed = false;
                i++;
                continue;
            }

            headingAllowed = false;
            atSectionStart = false;
            if (dates[i] is not null)
            {
                Warn(line.Number, $"date line {Quote(line.Text)} has no entry title before it; ignored");
                headingAllowed = true;
                i++;
                continue;
            }

            if (LineShapes.IsListItem(line.Text))
            {
                Warn(line.Number, $"list item {Quote(line.Text)} is not inside an entry; ignored");
                i++;
                continue;
            }

            var title = line;
            i++;
            SourceLine? body = null;
            var dated = i <= lastDate;
            if (i < bareFrom && dates[i] is null && BodyLineParser.IsBodyLine(block[i].Text, strict: !dated || kind == EntryKind.KeyPosition))
            {
                body = block[i];
                i++;
            }

            var description = new List<TextLine>();
            var items = new List<TextLine>();
            var texts = new List<TextLine>();
            List<DateSpan> entryDates = [];
            var last = body ?? title;
            var lastWasItem = false;
            while (i < bareFrom)
            {
                var current = block[i];
                if (dates[i] is { } spans)
                {
                    entryDates = spans;
                    last = current;
                    i++;
                    break;
                }

                if (LineShapes.IsTitleShaped(current.Text))
                {
                    break;
                }

                if (LineShapes.TryListItem(current.Text, out var item))
                {
                    items.Add(new TextLine(current.Number, item));
                    texts.Add(new TextLine(current.Number, item));
                    lastWasItem = true;
                }
                else if (lastWasItem && current.IsIndented)
                {
                    // A wrapped item: the indented line goes on with the item above it.
                    items[^1] = items[^1] with { Text = $"{items[^1].Text} {current.Text}" };
                    texts.Add(new TextLine(current.Number, current.Text));
                }
                else if (SplitRunOnList(current.Text) is { } runOn)
                {
                    items.AddRange(runOn.Select(r => new TextLine(current.Number, r)));
                    texts.Add(new TextLine(current.Number, current.Text));
                    lastWasItem = false;
                }
                else
                {
                    description.Add(new TextLine(current.Number, current.Text));
                    texts.Add(new TextLine(current.Number, current.Text));
                    lastWasItem = false;
                }

                last = current;
                i++;
            }

            headingAllowed = entryDates.Count > 0;
            AddEntry(context.Section, kind, category, title, body, description, items, entryDates, last, texts);
        }

        block.Clear();
    }

    /// <summary>
    /// The new portal's definition of a sub-section ("Official documents of the intergovernmental organization designed to
    /// outline ..."): a sentence ending with a full stop right under the heading, followed by an entry rather than by the
    /// sentence's own entry data. On a page known to be from the new portal (another sub-section opens with such a sentence
    /// before a title-cased entry), the entry after it may have a title in sentence case ("Declaration by the High
    /// Representative on ...").
    /// </summary>
    private static bool IsIntroduction(string text, string? next, string? afterNext, bool newPortal)
    {
        if (next is null || !text.EndsWith('.') || DateLineParser.TryParse(text, out _) || LineShapes.IsListItem(text) || LineShapes.IsTitleShaped(text)
            || BodyLineParser.IsBodyLine(text, strict: false) || LineShapes.WordCount(text) < 5 || !char.IsUpper(text[0]))
        {
            return false;
        }

        if (DateLineParser.TryParse(next, out _) || LineShapes.IsListItem(next) || !(newPortal || LineShapes.IsTitleShaped(next)))
        {
            return false;
        }

        // "<sentence-like title> / <body> / <date>" is an old-portal entry; a definition is followed by a whole entry.
        return !(afterNext is not null && DateLineParser.TryParse(afterNext, out _) && BodyLineParser.IsBodyLine(next, strict: true));
    }

    /// <summary>How many sub-sections of the page open with a defining sentence before a title-cased entry: any makes it a new-portal page.</summary>
    private int CountIntroductions()
    {
        var count = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!SubSections.ContainsKey(lines[i].Text.TrimEnd(':').Trim()))
            {
                continue;
            }

            var following = lines.Skip(i + 1).Where(l => !l.IsBlank && !LinkLabel().IsMatch(l.Text)).Take(3).Select(l => l.Text).ToList();
            if (following.Count > 0 && IsIntroduction(following[0], following.ElementAtOrDefault(1), following.ElementAtOrDefault(2), newPortal: false))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>"Pillar I: ...; Pillar II: ...": one line holding a numbered list, split into its items.</summary>
    private static List<string>? SplitRunOnList(string text)
    {
        var labels = RunOnLabel().Matches(text);
        if (labels.Count < 2 || labels[0].Index != 0 || labels.Select(l => l.Groups["label"].Value).Distinct(StringComparer.OrdinalIgnoreCase).Count() != 1)
        {
            return null;
        }

        var items = new List<string>(labels.Count);
        for (var k = 0; k < labels.Count; k++)
        {
            var end = k + 1 < labels.Count ? labels[k + 1].Index : text.Length;
            items.Add(text[labels[k].Index..end].Trim().TrimEnd(';', ',', '.').Trim());
        }

        return items;
    }

    // Unknown heading: a short title-cased line after a section heading, or after a date line when it reads as a plural
    // category ("Cyber Exercises"), followed by a title that is not an organisation and then more than a date.
    private static bool IsUnknownHeading(List<SourceLine> block, int i, List<DateSpan>?[] dates, int lastDate, int bareFrom, bool atSectionStart)
    {
        var j = i + 1;
        var text = block[i].Text;
        if (!LineShapes.IsHeadingShaped(text) || j >= bareFrom || dates[j] is not null)
        {
            return false;
        }

        if (!atSectionStart && !(text.EndsWith('s') && !text.EndsWith("ss", StringComparison.Ordinal)))
        {
            return false;
        }

        var next = block[j].Text;
        return LineShapes.IsTitleShaped(next) && !LineShapes.LooksLikeOrganization(next) && !BodyLineParser.IsOrganizationName(next)
            && lastDate > j && (j + 1 >= block.Count || dates[j + 1] is null);
    }

    private void AddEntry(
        string section,
        EntryKind kind,
        string category,
        SourceLine titleLine,
        SourceLine? bodyLine,
        List<TextLine> description,
        List<TextLine> items,
        List<DateSpan> dates,
        SourceLine lastLine,
        List<TextLine> texts)
    {
        var title = TitleParser.Parse(titleLine.Text, reference, message => Warn(titleLine.Number, message), _placeContext);

        foreach (var span in dates)
        {
            if (span.End is { } end && string.CompareOrdinal(end, span.Start) < 0)
            {
                Warn(lastLine.Number, $"date range '{span.Text}' ends before it starts");
            }
        }

        var status = title.Status
            ?? (dates.Count > 0 && string.Equals(dates[0].Note, "announced", StringComparison.OrdinalIgnoreCase) ? EntryStatus.Announced : null);

        var bodies = new List<BodyLink>();
        if (bodyLine is not null)
        {
            var parsed = BodyLineParser.Parse(bodyLine.Text, IsKnownOrganization, message => Warn(bodyLine.Number, message));
            foreach (var name in parsed.Names)
            {
                var body = _bodyIdentity.Resolve(name);
                if (!bodies.Exists(b => b.Body.Id == body.Id))
                {
                    bodies.Add(new BodyLink(body, name, bodyLine.Number));
                }
            }

            if (parsed.Where is { } where)
            {
                texts = [new TextLine(bodyLine.Number, where), .. texts];
            }
        }

        var entry = new Entry(
            NewEntryId(title.Title, titleLine.Number),
            _profile.Id,
            kind,
            section,
            category,
            title.Title,
            status,
            title.Edition,
            title.Acronym,
            description.Count > 0 ? string.Join(' ', description.Select(d => d.Text)) : null,
            [.. items.Select(t => LineShapes.CleanItem(t.Text))],
            dates,
            new SourceSpan(documentName, titleLine.Number, lastLine.Number));

        var links = _linker.Link(title, titleLine.Number, bodies, texts, Warn);
        if (_profileCountry is { } own && !links.Involvements.Any(v => v.Country == own && v.Role != InvolvementRole.Venue))
        {
            // A state's own documents, agencies and meetings concern that state: the profile's name line is the evidence.
            // Being the venue ("Cyber Policy Dialogue (Seoul)" on Korea's page) does not make it less a party to its own meeting.
            links = links with { Involvements = [.. links.Involvements, new Involvement(own, InvolvementRole.Partner, _profile.Name, ProfileNameLine)] };
        }
        _entries.Add(new ImportedEntry(entry, links));
    }

    /// <summary>Ids from the title's slug; a repeated title gets "-2", "-3" in page order.</summary>
    private string NewEntryId(string title, int line)
    {
        var slug = NodeIds.Slug(title);
        if (slug.Length == 0)
        {
            slug = $"line-{line}";
        }

        // Bounded ids: the slug is cut at a word boundary so the id, with room for a "-NN" suffix, stays within MaxEntryIdLength.
        var room = Math.Max(24, MaxEntryIdLength - NodeIds.Entry(_profileKey, string.Empty).Length - 4);
        if (slug.Length > room)
        {
            var cut = slug.LastIndexOf('-', room);
            slug = slug[..(cut > room / 2 ? cut : room)];
        }

        var id = NodeIds.Entry(_profileKey, slug);
        if (_entryIds.TryAdd(id, 1))
        {
            return id;
        }

        var count = _entryIds[id];
        string candidate;
        do
        {
            count++;
            candidate = NodeIds.Entry(_profileKey, $"{slug}-{count}");
        }
        while (_entryIds.ContainsKey(candidate));

        _entryIds[id] = count;
        _entryIds[candidate] = 1;
        return candidate;
    }

    [GeneratedRegex(@"^Last\s+Updated\s*:?\s*(?<date>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastUpdated();

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<acronym>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWithAcronym();

    [GeneratedRegex(@"^Member\s+States\s*:?\s*(?<list>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MemberStates();

    [GeneratedRegex(@"^(?:and\s+|the\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MemberPrefix();

    private bool IsKnownOrganization(string name) =>
        string.Equals(name, _profile.Name, StringComparison.OrdinalIgnoreCase)
        || (_profile.Acronym is not null && string.Equals(name, _profile.Acronym, StringComparison.Ordinal))
        || reference.OrganizationNames.Matches(name) is [{ Start: 0 } m] && m.Length == name.Length;

    [GeneratedRegex(@"^Source(?:\s+\d{1,2})?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkLabel();

    [GeneratedRegex(@"(?<label>Pillar|Objective|Goal|Priority|Area|Action|Step|Phase|Component)\s+(?:[IVXLC]{1,5}|\d{1,2})\s*[:.\-–]", RegexOptions.CultureInvariant)]
    private static partial Regex RunOnLabel();

    [GeneratedRegex(@"^No\s+data\s+available(?:\s+online)?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoData();
}
