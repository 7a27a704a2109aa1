namespace AseanCyber.Api.Tests.Profiles;

/// <summary>
/// Profile pages written for these tests from the portal's layouts (shared/data/README.md), none of them the seed:
/// a state profile exported to PDF (capital headings, Source labels, key positions without dates), a new-portal IGO page
/// (sub-section introductions, a misspelt member state), an old-portal IGO page, and a truncated export that is not a
/// profile page (its Last Updated line has no date).
/// </summary>
internal static class ProfilePages
{
    /// <summary>Norway, state PDF layout: 4 entries, no warning.</summary>
    public const string Norway = "norway-2019.txt";

    /// <summary>Pacific Islands Forum, new portal: 3 entries, 1 warning (line 4, the member "Micronezia").</summary>
    public const string Pif = "pif-2020.txt";

    /// <summary>Shanghai Cooperation Organisation, old portal: 3 entries, no warning.</summary>
    public const string Sco = "sco-2018.txt";

    /// <summary>Council of Europe, cut off: rejected at line 2.</summary>
    public const string Truncated = "coe-truncated.txt";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Profiles", "Pages");

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name));

    /// <summary>A fresh temporary folder holding copies of <paramref name="names"/>.</summary>
    public static string NewFolderWith(params string[] names)
    {
        var folder = Directory.CreateTempSubdirectory("aseancyber-pages-").FullName;
        foreach (var name in names)
        {
            File.Copy(Path.Combine(Folder, name), Path.Combine(folder, name));
        }

        return folder;
    }
}
