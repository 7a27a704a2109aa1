using System.Text.RegularExpressions;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Import;

internal sealed record ParsedPage(Profile Profile, IReadOnlyList<ImportedEntry> Entries, IReadOnlyList<ImportWarning> Warnings);

/// <summary>
/// One pass over a page's lines: the header (name, "Last Updated", optional member states), then sections and
/// sub-sections, each cut into blocks of lines that are split into entries (title, body, description, date).
/// </summary>
internal sealed partial class PageParser(ReferenceData reference, List<SourceLine> lines, string documentName)
{
    private const string SectionNames = "Policy, Structure, Legislation or Cooperation";

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

    private readonly List<ImportWarning> warnings = [];
    private readonly HashSet<(int, string)> warned = [];
    private readonly List<ImportedEntry> entries = [];
    private readonly Dictionary<string, int> entryIds = new(StringComparer.Ordinal);

    private Profile profile = null!;
    private string profileKey = string.Empty;
    private EntryLinker linker = null!;

    public ParsedPage Parse()
    {
        var next = ParseHeader();
        var first = FindFirstSection(next);
        ParseSections(first);
        var ordered = warnings.OrderBy(w => w.Line).ToList();
        return new ParsedPage(profile, entries, ordered);
    }

    private void Warn(int line, string message)
    {
        if (warned.Add((line, message)))
        {
            warnings.Add(new ImportWarning(line, message));
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
        profileKey = acronym ?? name;
        i = SkipBlank(i + 1);
        var members = ParseMembers(ref i);
        profile = new Profile(NodeIds.Profile(profileKey), name, acronym, lastUpdated.Start, documentName, members);
        linker = new EntryLinker(reference, name, acronym, reference.FindCountry(name));
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
            if (IsSectionHeading(lines[i].Text, out _))
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
        var context = new BlockContext("", EntryKind.Other, "", AfterSection: true);
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
                context = new BlockContext(section, section == "Legislation" ? EntryKind.Legislation : EntryKind.Other, section, AfterSection: true);
            }
            else if (NoData().IsMatch(line.Text))
            {
                ParseBlock(block, context);
            }
            else if (SubSections.TryGetValue(heading, out var kind))
            {
                ParseBlock(block, context);
                context = context with { Kind = kind, Category = heading, AfterSection = false };
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

    private sealed record BlockContext(string Section, EntryKind Kind, string Category, bool AfterSection);

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
        }

        // After the last date line, a run of lines that all read as titles is a list of bare titles, not title + body.
        var bareFrom = n;
        if (lastDate + 1 < n && block.Skip(lastDate + 1).All(l => LineShapes.IsTitleShaped(l.Text)))
        {
            bareFrom = lastDate + 1;
        }

        var kind = context.Kind;
        var category = context.Category;
        var headingAllowed = context.AfterSection;
        var i = 0;
        while (i < n)
        {
            var line = block[i];
            if (i >= bareFrom)
            {
                AddEntry(context.Section, kind, category, line, null, [], [], [], line, []);
                i++;
                continue;
            }

            if (headingAllowed && IsUnknownHeading(block, i, dates, lastDate, bareFrom))
            {
                kind = EntryKind.Other;
                category = line.Text;
                Warn(line.Number, $"{Quote(line.Text)} is not a known sub-section heading; its entries are imported with kind Other and this category");
                headingAllowed = false;
                i++;
                continue;
            }

            headingAllowed = false;
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
            if (i < bareFrom && dates[i] is null && LineShapes.IsBodyShaped(block[i].Text))
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

    // Unknown heading: a short title-cased line after a section heading or a date line, followed by a non-body title and later a date line.
    private static bool IsUnknownHeading(List<SourceLine> block, int i, List<DateSpan>?[] dates, int lastDate, int bareFrom)
    {
        var j = i + 1;
        if (!LineShapes.IsHeadingShaped(block[i].Text) || j >= bareFrom || dates[j] is not null)
        {
            return false;
        }

        var next = block[j].Text;
        return LineShapes.IsTitleShaped(next) && !LineShapes.LooksLikeOrganization(next) && lastDate > j;
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
        var title = TitleParser.Parse(titleLine.Text, reference, message => Warn(titleLine.Number, message));
        if (dates.Count == 0)
        {
            Warn(titleLine.Number, $"entry {Quote(title.Title)} at line {titleLine.Number} has no date line");
        }

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
            foreach (var name in BodyLineParser.Split(bodyLine.Text, message => Warn(bodyLine.Number, message)))
            {
                bodies.Add(new BodyLink(new Body(NodeIds.Body(name), name), name, bodyLine.Number));
            }
        }

        var entry = new Entry(
            NewEntryId(title.Title, titleLine.Number),
            profile.Id,
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

        var links = linker.Link(title, titleLine.Number, bodies, texts, Warn);
        entries.Add(new ImportedEntry(entry, links));
    }

    /// <summary>Ids from the title's slug; a repeated title gets "-2", "-3" in page order.</summary>
    private string NewEntryId(string title, int line)
    {
        var slug = NodeIds.Slug(title);
        if (slug.Length == 0)
        {
            slug = $"line-{line}";
        }

        var id = NodeIds.Entry(profileKey, slug);
        if (entryIds.TryAdd(id, 1))
        {
            return id;
        }

        var count = entryIds[id];
        string candidate;
        do
        {
            count++;
            candidate = NodeIds.Entry(profileKey, $"{slug}-{count}");
        }
        while (entryIds.ContainsKey(candidate));

        entryIds[id] = count;
        entryIds[candidate] = 1;
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

    [GeneratedRegex(@"^No\s+data\s+available(?:\s+online)?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoData();
}
