using System.Globalization;
using System.Text;

namespace AseanCyber.Graph.Model;

/// <summary>Readable ids ("country:JP", "body:asean-regional-forum") derived from names, so they survive restarts and re-imports.</summary>
public static class NodeIds
{
    public const string ProfilePrefix = "profile";
    public const string EntryPrefix = "entry";
    public const string CountryPrefix = "country";
    public const string BodyPrefix = "body";
    public const string ThemePrefix = "theme";
    public const string PlacePrefix = "place";
    public const string OrganizationPrefix = "organization";

    public static string Country(string alpha2) => $"{CountryPrefix}:{alpha2.ToUpperInvariant()}";

    public static string Profile(string key) => $"{ProfilePrefix}:{Slug(key)}";

    public static string Entry(string profileKey, string titleSlug) => $"{EntryPrefix}:{Slug(profileKey)}:{titleSlug}";

    public static string Body(string name) => $"{BodyPrefix}:{Slug(name)}";

    /// <summary>"body:kenya:ministry-of-defence": a body known only to one profile, so two states' ministries never merge.</summary>
    public static string ProfileBody(string profileKey, string name) => $"{BodyPrefix}:{Slug(profileKey)}:{Slug(name)}";

    public static string Theme(string name) => $"{ThemePrefix}:{Slug(name)}";

    public static string Place(string name) => $"{PlacePrefix}:{Slug(name)}";

    public static string Organization(string name) => $"{OrganizationPrefix}:{Slug(name)}";

    /// <summary>"asean" for "profile:asean": the key a profile id was made from.</summary>
    public static string ProfileKey(string profileId) => profileId[(ProfilePrefix.Length + 1)..];

    /// <summary>The prefix of an id ("country" for "country:JP"), or null when it has none.</summary>
    public static string? PrefixOf(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? id[..colon] : null;
    }

    /// <summary>Lower-case ASCII words joined by '-': "Heads of State/Government" becomes "heads-of-state-government".</summary>
    public static string Slug(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalized.Length);
        var pendingDash = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return sb.ToString();
    }
}
