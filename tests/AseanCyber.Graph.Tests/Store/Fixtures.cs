using System.Text;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// Hand-made profile documents with known answers, independent of the importer. "Alpha Forum" mirrors the shape of the
/// ASEAN page (Japan meetings, a Seoul seminar, an INTERPOL operation, an undated workshop); "Beta Council" shares
/// countries, a body and an organization with it; <see cref="AlphaReduced"/> is Alpha re-published with fewer entries.
/// </summary>
public static class Fixtures
{
    public const string AlphaId = "profile:alpha";
    public const string BetaId = "profile:beta";

    public static readonly Country Japan = new("JP", "JPN", "Japan");
    public static readonly Country Korea = new("KR", "KOR", "Republic of Korea");
    public static readonly Country Thailand = new("TH", "THA", "Thailand");
    public static readonly Country VietNam = new("VN", "VNM", "Viet Nam");
    public static readonly Country Singapore = new("SG", "SGP", "Singapore");
    public static readonly Country Malaysia = new("MY", "MYS", "Malaysia");

    public static readonly Body Secretariat = new("body:alpha-secretariat", "Alpha Secretariat");
    public static readonly Body RegionalForum = new("body:alpha-regional-forum", "Alpha Regional Forum");
    public static readonly Body BetaSecretariat = new("body:beta-secretariat", "Beta Secretariat");

    public static readonly Theme CapacityBuilding = new("theme:capacity-building", "Capacity Building");
    public static readonly Theme Cybercrime = new("theme:cybercrime", "Cybercrime");
    public static readonly Theme ConfidenceBuilding = new("theme:confidence-building", "Confidence Building");

    public static readonly Place Tokyo = new("place:tokyo", "Tokyo", Japan);
    public static readonly Place KualaLumpur = new("place:kuala-lumpur", "Kuala Lumpur", Malaysia);
    public static readonly Place Seoul = new("place:seoul", "Seoul", Korea);
    public static readonly Place Hanoi = new("place:hanoi", "Hanoi", VietNam);

    public static readonly Organization Interpol = new("organization:interpol", "International Criminal Police Organization", "INTERPOL");

    /// <summary>Entry ids of <see cref="Alpha"/>, in source order.</summary>
    public static class A
    {
        public const string Strategy = "entry:alpha:alpha-strategy-2020";
        public const string Handbook = "entry:alpha:japan-alpha-handbook";
        public const string PolicyMeeting = "entry:alpha:alpha-japan-policy-meeting";
        public const string CybercrimeDialogue = "entry:alpha:alpha-japan-cybercrime-dialogue";
        public const string Seminar = "entry:alpha:seminar-on-confidence-building";
        public const string NormsWorkshop = "entry:alpha:cyber-norms-workshop";
        public const string CertDrill = "entry:alpha:alpha-cert-drill";
        public const string InterpolOperation = "entry:alpha:interpol-led-operation";
        public const string CyberUniversity = "entry:alpha:cyber-university-project";

        public static readonly string[] All =
            [Strategy, Handbook, PolicyMeeting, CybercrimeDialogue, Seminar, NormsWorkshop, CertDrill, InterpolOperation, CyberUniversity];
    }

    public static class B
    {
        public const string Statement = "entry:beta:beta-statement-on-cyber-norms";
        public const string ExpertGroup = "entry:beta:beta-expert-group";
    }

    public static ProfileDocument Alpha { get; } = Document(
        new Profile(AlphaId, "Alpha Forum", "AF", "November 2018", "alpha.txt", [Thailand, VietNam, Singapore]),
        [
            Item(A.Strategy, EntryKind.StrategyDocument, "Policy", "Strategy Documents", "Alpha Strategy 2020", 5, [Year("2015")],
                description: "Eight strategic thrusts",
                bodies: [new(Secretariat, "Alpha Secretariat", 6)]),
            Item(A.Handbook, EntryKind.OtherDocument, "Policy", "Other Documents", "Japan-Alpha Handbook", 12, [Month("October 2017", "2017-10")],
                status: EntryStatus.InProgress,
                description: "A handbook celebrating ten years of policy meetings.",
                involvements: [new(Japan, InvolvementRole.Partner, "Japan-Alpha", 12)]),
            Item(A.PolicyMeeting, EntryKind.Meeting, "Cooperation", "Meetings", "Alpha-Japan Policy Meeting", 20,
                [new DateSpan("10-11 October 2017", "2017-10-10", "2017-10-11", DatePrecision.Day, null)],
                edition: 10,
                involvements: [new(Japan, InvolvementRole.Partner, "Alpha-Japan", 20)],
                places: [new(Tokyo, "Tokyo", 20)],
                themes: [About(CapacityBuilding, 21, "capacity building")]),
            Item(A.CybercrimeDialogue, EntryKind.Meeting, "Cooperation", "Meetings", "Alpha-Japan Cybercrime Dialogue", 25,
                [Day("1-2 March 2017", "2017-03-01"), Day("27 March 2014", "2014-03-27") with { Note = "first dialogue" }],
                involvements: [new(Japan, InvolvementRole.Partner, "Alpha-Japan", 25)],
                places: [new(KualaLumpur, "Kuala Lumpur", 25)],
                themes: [About(Cybercrime, 26, "cybercrime")]),
            Item(A.Seminar, EntryKind.Meeting, "Cooperation", "Meetings", "Seminar on Confidence Building", 30, [Day("11 September 2012", "2012-09-11")],
                bodies: [new(RegionalForum, "Alpha Regional Forum", 31)],
                places: [new(Seoul, "Seoul", 30)],
                themes: [About(ConfidenceBuilding, 32, "confidence-building measures", "CBM")]),
            Item(A.NormsWorkshop, EntryKind.Meeting, "Cooperation", "Meetings", "Cyber Norms Workshop", 35, []),
            Item(A.CertDrill, EntryKind.Activity, "Cooperation", "Activities", "Alpha CERT Drill", 38, [Month("September 2017", "2017-09")],
                edition: 12,
                acronym: "ACD",
                description: "Tests incident response among CERTs.",
                places: [new(Hanoi, "Hanoi", 38)]),
            Item(A.InterpolOperation, EntryKind.ExternalCooperation, "Cooperation", "External Cooperation", "INTERPOL-led operation", 44, [Year("2017")],
                description: "Identification of command and control servers.",
                themes: [About(Cybercrime, 44, "cybercrime operation")],
                organizations: [new(Interpol, "INTERPOL", 44)]),
            Item(A.CyberUniversity, EntryKind.Activity, "Cooperation", "Activities", "Cyber University Project", 48, [Year("2009")],
                description: "Strengthens the relationships between ROK and Alpha.",
                involvements: [new(Korea, InvolvementRole.Partner, "ROK", 49)],
                themes: [Weak(CapacityBuilding, 49, "education", "courses")]),
        ]);

    /// <summary>Alpha re-published with only the strategy, the handbook and the INTERPOL operation.</summary>
    public static ProfileDocument AlphaReduced { get; } = Document(
        Alpha.Profile,
        [.. Alpha.Entries.Where(e => e.Entry.Id is A.Strategy or A.Handbook or A.InterpolOperation)]);

    public static ProfileDocument Beta { get; } = Document(
        new Profile(BetaId, "Beta Council", null, "May 2019", "beta.txt", [Japan, Korea]),
        [
            Item(B.Statement, EntryKind.Communication, "Policy", "Communications", "Beta Statement on Cyber Norms", 4, [Month("May 2019", "2019-05")],
                bodies: [new(RegionalForum, "Alpha Regional Forum", 5)],
                involvements: [new(Japan, InvolvementRole.Host, "Japan", 6)]),
            Item(B.ExpertGroup, EntryKind.SpecializedAgency, "Structure", "Specialized Agencies", "Beta Expert Group", 9, [],
                bodies: [new(BetaSecretariat, "Beta Secretariat", 10)],
                organizations: [new(Interpol, "Interpol", 11)]),
        ]);

    /// <summary>A document of <paramref name="profile"/> with the given entries and a source text naming them.</summary>
    public static ProfileDocument Document(Profile profile, IReadOnlyList<ImportedEntry> entries)
    {
        var text = new StringBuilder()
            .Append(profile.Name).Append(profile.Acronym is { } a ? $" ({a})" : "").Append('\n')
            .Append("Last Updated: ").Append(profile.LastUpdated).Append('\n');
        foreach (var entry in entries)
        {
            text.Append(entry.Entry.Title).Append('\n');
        }

        return new ProfileDocument(profile, entries, [], text.ToString());
    }

    private static ImportedEntry Item(
        string id,
        EntryKind kind,
        string section,
        string category,
        string title,
        int line,
        DateSpan[] dates,
        EntryStatus? status = null,
        int? edition = null,
        string? acronym = null,
        string? description = null,
        BodyLink[]? bodies = null,
        Involvement[]? involvements = null,
        PlaceLink[]? places = null,
        ThemeLink[]? themes = null,
        OrganizationLink[]? organizations = null)
    {
        var profileKey = id.Split(':')[1];
        var entry = new Entry(
            id,
            NodeIds.Profile(profileKey),
            kind,
            section,
            category,
            title,
            status,
            edition,
            acronym,
            description,
            [],
            dates,
            new SourceSpan($"{profileKey}.txt", line, line + 2));
        return new ImportedEntry(entry, new EntryLinks(bodies ?? [], involvements ?? [], places ?? [], themes ?? [], organizations ?? []));
    }

    /// <summary>A theme link on specific terms, with the confidence the importer gives them (0.8 for one phrase, 0.94 for two terms).</summary>
    private static ThemeLink About(Theme theme, int line, params string[] terms) =>
        new(theme, terms, terms.Length == 1 ? 0.8 : 0.94, Weak: false, line);

    /// <summary>A weak theme link: two generic terms only (confidence 0.51).</summary>
    private static ThemeLink Weak(Theme theme, int line, params string[] terms) => new(theme, terms, 0.51, Weak: true, line);

    private static DateSpan Year(string year) => new(year, year, null, DatePrecision.Year, null);

    private static DateSpan Month(string text, string start) => new(text, start, null, DatePrecision.Month, null);

    private static DateSpan Day(string text, string start) => new(text, start, null, DatePrecision.Day, null);
}
