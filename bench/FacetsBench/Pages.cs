using System.Globalization;
using System.Text;

namespace AseanCyber.Bench.Facets;

/// <summary>
/// Profile pages in the seed's layout (shared/data/README.md), varied enough for facets to have many values: each page is
/// its own profile; entries name partner countries, are held in cities across the region, carry theme terms, dates over
/// twenty years, and now and then a status; bodies are the page's own and a few shared ones.
/// </summary>
internal static class Pages
{
    private static readonly string[] Partners =
    [
        "Japan", "China", "Republic of Korea", "India", "Australia", "Russian Federation", "United States", "Canada", "New Zealand",
        "United Kingdom", "France", "Germany", "Netherlands", "Estonia", "Israel", "Brazil", "South Africa", "Kenya", "Chile", "Mexico",
    ];

    private static readonly string[] Cities =
    [
        "Tokyo", "Seoul", "Bangkok", "Hanoi", "Singapore", "Kuala Lumpur", "Jakarta", "Manila", "Beijing", "New Delhi", "Canberra",
        "Phnom Penh", "Vientiane", "Yangon", "Bandar Seri Begawan", "Geneva", "Vienna", "Paris", "London", "Washington", "Nairobi", "Tallinn",
    ];

    private static readonly string[] Themes =
    [
        "cybercrime", "capacity building", "confidence-building measures", "critical information infrastructure", "incident response",
        "data protection", "information sharing", "awareness raising", "threat intelligence", "norms of responsible state behaviour",
    ];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly (string Section, string SubSection, int Percent)[] Layout =
    [
        ("Policy", "Strategy Documents", 10),
        ("Policy", "Other Documents", 10),
        ("Policy", "Communications", 10),
        ("Structure", "Specialized Agencies", 10),
        ("Cooperation", "Meetings", 40),
        ("Cooperation", "Activities", 15),
        ("Cooperation", "External Cooperation", 5),
    ];

    /// <summary>The facets bench's pages (BFO001, ...); the cooperation bench names its own (BCO001, ...) from the same text.</summary>
    public static string Generate(int page, int entries) => Generate(page, entries, "BFO", "Facets");

    public static string Generate(int page, int entries, string prefix, string bench)
    {
        var acronym = string.Create(CultureInfo.InvariantCulture, $"{prefix}{page:D3}");
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Bench {bench} Organisation {page:D3} ({acronym})\n")
            .Append("Last Updated: November 2018\n");
        var n = 0;
        string? section = null;
        for (var s = 0; s < Layout.Length; s++)
        {
            var (sectionName, subSection, percent) = Layout[s];
            var count = s == Layout.Length - 1 ? entries - n : entries * percent / 100;
            if (sectionName != section)
            {
                text.Append(sectionName).Append('\n');
                section = sectionName;
            }

            text.Append(subSection).Append('\n');
            for (var i = 0; i < count; i++, n++)
            {
                Entry(text, acronym, subSection, page, n);
            }
        }

        return text.ToString();
    }

    private static void Entry(StringBuilder text, string acronym, string subSection, int page, int n)
    {
        var partner = Partners[(page * 3 + n) % Partners.Length];
        var city = Cities[(page * 7 + n * 5) % Cities.Length];
        var theme = Themes[(page + n * 3) % Themes.Length];
        var other = Themes[(page * 5 + n) % Themes.Length];
        var year = 2005 + ((page + n * 7) % 20);
        var month = Months[(page + n) % 12];
        var status = ((page + n) % 23) switch
        {
            0 => "(in progress) ",
            1 => "(proposed) ",
            _ => "",
        };
        var title = subSection switch
        {
            "Meetings" => $"{acronym}-{partner} Cyber Policy Meeting Number {n + 1} ({city})",
            "Activities" => $"{acronym} Cyber Exercise Series {n + 1} with {partner}",
            "External Cooperation" => $"{acronym} Joint Operation {n + 1} with INTERPOL",
            "Specialized Agencies" => $"{acronym} Working Group {n + 1} on Cyber Security",
            "Communications" => $"{acronym} Statement {n + 1} on Cyber Security Cooperation",
            _ => $"{acronym} Cyber Security Plan {n + 1}",
        };
        var body = (n % 5) switch
        {
            0 => $"{acronym} Secretariat",
            1 => "ASEAN Regional Forum",
            2 => "Heads of State/Government",
            3 => $"{acronym} Ministers of Foreign Affairs",
            _ => $"{acronym} Working Party {n % 7}",
        };
        text.Append(status).Append(title).Append('\n')
            .Append(body).Append('\n')
            .Append(CultureInfo.InvariantCulture, $"Promotes cooperation on {theme} and {other} with {partner}.\n")
            .Append(CultureInfo.InvariantCulture, $"{1 + (n % 27)} {month} {year}\n");
    }
}
