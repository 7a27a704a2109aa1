using System.Text.RegularExpressions;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Import;

/// <summary>
/// One node per institution: an acronym and its full name are one body when the profile spells the acronym out anywhere
/// ("Cyber Security Agency (CSA)") or the organizations list does. Bodies are scoped to their profile ("body:viet-nam:ministry-of-defence"),
/// so that two states' ministries never merge, unless the name belongs to a known international organisation (reference
/// data, or the IGO whose profile it is): "ASEAN Regional Forum" is one body whichever profile names it.
/// </summary>
internal sealed partial class BodyIdentity
{
    private readonly ReferenceData _reference;
    private readonly string _profileKey;
    private readonly Regex? _ownOrganization;
    private readonly Dictionary<string, string> _fullNames = new(StringComparer.Ordinal);

    public BodyIdentity(ReferenceData reference, string profileKey, string profileName, string? profileAcronym, bool isState, IEnumerable<string> lines)
    {
        _reference = reference;
        _profileKey = profileKey;
        if (!isState)
        {
            var names = new[] { profileName, profileAcronym }.OfType<string>().Select(Regex.Escape);
            _ownOrganization = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', names)})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (profileAcronym is not null)
            {
                _fullNames[profileAcronym] = profileName;
            }
        }

        foreach (var organization in _reference.Organizations)
        {
            if (organization.Acronym is { } acronym)
            {
                _fullNames.TryAdd(acronym, organization.Name);
            }
        }

        foreach (var line in lines)
        {
            Learn(line);
        }
    }

    /// <summary>The body a printed name stands for: "CSA" and "Cyber Security Agency (CSA)" give the same node.</summary>
    public Body Resolve(string printed)
    {
        var name = Canonical(printed);
        var id = IsInternational(name) ? NodeIds.Body(name) : NodeIds.ProfileBody(_profileKey, name);
        return new Body(id, name);
    }

    private string Canonical(string printed)
    {
        var text = printed.Trim();
        var m = NameWithAcronym().Match(text);
        if (m.Success && BodyLineParser.IsAcronymLike(m.Groups["acronym"].Value))
        {
            return m.Groups["name"].Value.Trim();
        }

        return _fullNames.TryGetValue(text, out var full) ? full : text;
    }

    private bool IsInternational(string name) =>
        _reference.OrganizationNames.Matches(name).Count > 0 || (_ownOrganization?.IsMatch(name) ?? false);

    /// <summary>Every "Name (ACR)" of the page: the words before the bracket whose initials spell the acronym, or a whole list part.</summary>
    private void Learn(string line)
    {
        foreach (Match m in AcronymInParentheses().Matches(line))
        {
            var acronym = m.Groups["acronym"].Value;
            if (!BodyLineParser.IsAcronymLike(acronym) || _fullNames.ContainsKey(acronym))
            {
                continue;
            }

            var before = line[..m.Index];
            var start = Math.Max(before.LastIndexOfAny([';', ',', '(', ')', ':']) + 1, 0);
            var part = before[start..].Trim();
            if (FromInitials(part, acronym) is { } full)
            {
                _fullNames[acronym] = full;
            }
            else if (start > 0 && BodyLineParser.IsOrganizationName(part) && LineShapes.WordCount(part) <= 12)
            {
                _fullNames[acronym] = LeadingArticle().Replace(LeadingAnd().Replace(part, string.Empty), string.Empty);
            }
            else if (WholeLineName(before, acronym, m.Index + m.Length == line.Length) is { } whole)
            {
                // "Ministry of Meteorology, Energy, Information, ... and Communications (MEIDECC)": one name with commas in it.
                _fullNames[acronym] = whole;
            }
        }
    }

    /// <summary>A line that is one organisation's name and its acronym, the name starting with the acronym's first letter.</summary>
    private static string? WholeLineName(string before, string acronym, bool endsLine)
    {
        var name = LeadingArticle().Replace(before.Trim(), string.Empty);
        return endsLine && name.Length > 0 && name.IndexOfAny(['(', ')', ';', ':']) < 0 && char.ToUpperInvariant(name[0]) == char.ToUpperInvariant(acronym[0])
            && BodyLineParser.IsOrganizationName(name) && LineShapes.WordCount(name) <= 20
            ? name
            : null;
    }

    internal static string? FromInitials(string text, string acronym)
    {
        var letters = new string([.. acronym.Where(char.IsLetter)]).ToUpperInvariant();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = string.Empty;
        for (var k = words.Length - 1; k >= 0; k--)
        {
            var word = words[k].Trim('"', '\'', '“', '”');
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                if (LineShapes.IsMinorWord(word) || word == "&")
                {
                    continue;
                }

                return null;
            }

            // "Computer Emergency Response Team" gives C-E-R-T; "CERT" inside a name gives its own letters.
            var contribution = LineShapes.IsAcronym(word) ? new string([.. word.Where(char.IsLetter)]) : word[..1].ToUpperInvariant();
            foreach (var part in word.Split('-', '–').Skip(1).Where(p => p.Length > 0 && char.IsUpper(p[0])))
            {
                contribution += part[..1];
            }

            initials = contribution + initials;
            if (string.Equals(initials, letters, StringComparison.Ordinal))
            {
                return string.Join(' ', words[k..]);
            }

            if (initials.Length >= letters.Length + 2)
            {
                return null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<acronym>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWithAcronym();

    [GeneratedRegex(@"\((?<acronym>[A-Za-z][A-Za-z0-9&\-]{1,14})\)", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymInParentheses();

    [GeneratedRegex(@"^(?:and|&)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAnd();

    [GeneratedRegex(@"^the\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();
}
