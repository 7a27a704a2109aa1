using System.Globalization;
using System.Text;

namespace AseanCyber.Bench.Import;

/// <summary>
/// Profile pages in the seed's layout (shared/data/README.md): name and acronym, "Last Updated", sections, sub-sections,
/// and entries of a title (with a place in parentheses for meetings), a body line, a description and a date line. Each
/// page is its own profile; pages share countries, cities, themes, a few international bodies and INTERPOL, as real ones do.
/// </summary>
internal static class Pages
{
    private static readonly string[] Partners =
        ["Japan", "China", "Republic of Korea", "India", "Australia", "Russian Federation", "United States", "Canada", "New Zealand"];

    private static readonly string[] Cities =
        ["Tokyo", "Seoul", "Bangkok", "Hanoi", "Singapore", "Kuala Lumpur", "Jakarta", "Manila", "Beijing", "New Delhi", "Canberra"];

    private static readonly string[] Themes =
        ["cybercrime", "capacity building", "confidence-building measures", "critical information infrastructure", "incident response"];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>(sub-section, share of the page's entries) in page order, under their sections.</summary>
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

    public static string Generate(int page, int entries)
    {
        var acronym = string.Create(CultureInfo.InvariantCulture, $"BCO{page:D3}");
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Bench Cooperation Organisation {page:D3} ({acronym})\n")
            .Append("Last Updated: November 2018\n");
        var n = 0;
        string? section = null;
        for (var s = 0; s < Layout.Length; s++)
        {
            var (sectionName, subSection, percent) = Layout[s];
            var count = s == Layout.Length - 1 ? entries - n : entries * percent / 100;
            if (count <= 0)
            {
                continue;
            }

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
        var partner = Partners[(page + n) % Partners.Length];
        var city = Cities[(page * 7 + n) % Cities.Length];
        var theme = Themes[(page + n * 3) % Themes.Length];
        var year = 2010 + (n % 9);
        var month = Months[(page + n) % 12];
        var title = subSection switch
        {
            "Meetings" => $"{acronym}-{partner} Cyber Policy Meeting Number {n + 1} ({city})",
            "Activities" => $"{acronym} Cyber Exercise Series {n + 1} with {partner}",
            "External Cooperation" => $"{acronym} Joint Operation {n + 1} with INTERPOL",
            "Specialized Agencies" => $"{acronym} Working Group {n + 1} on Cyber Security",
            "Communications" => $"{acronym} Statement {n + 1} on Cyber Security Cooperation",
            _ => $"{acronym} Cyber Security Plan {n + 1}",
        };
        var body = (n % 4) switch
        {
            0 => $"{acronym} Secretariat",
            1 => "ASEAN Regional Forum",
            2 => "Heads of State/Government",
            _ => $"{acronym} Ministers of Foreign Affairs",
        };
        text.Append(title).Append('\n')
            .Append(body).Append('\n')
            .Append(CultureInfo.InvariantCulture, $"Promotes cooperation on {theme} with {partner} and strengthens regional information sharing.\n")
            .Append(CultureInfo.InvariantCulture, $"{1 + (n % 27)} {month} {year}\n");
    }
}
