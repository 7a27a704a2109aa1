using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Model;

/// <summary>Every link keeps the text that produced it and the source line it came from.</summary>
public sealed record BodyLink(Body Body, string Evidence, int Line);

public sealed record Involvement(Country Country, InvolvementRole Role, string Evidence, int Line);

public sealed record PlaceLink(Place Place, string Evidence, int Line);

/// <summary>
/// A theme of an entry and its evidence: every distinct taxonomy term matched, as written in the text, in text order;
/// a <see cref="Confidence"/> from 0 to 1; <see cref="Weak"/> when only generic terms matched (Data/themes.json).
/// <see cref="Line"/> is the line of the first term.
/// </summary>
public sealed record ThemeLink(Theme Theme, IReadOnlyList<string> Terms, double Confidence, bool Weak, int Line)
{
    public bool Equals(ThemeLink? other) =>
        other is not null && Theme == other.Theme && Terms.SequenceEqual(other.Terms, StringComparer.Ordinal)
        && Confidence.Equals(other.Confidence) && Weak == other.Weak && Line == other.Line;

    public override int GetHashCode() => HashCode.Combine(Theme, Terms.Count > 0 ? Terms[0] : null, Confidence, Weak, Line);
}

public sealed record OrganizationLink(Organization Organization, string Evidence, int Line);

public sealed record EntryLinks(
    IReadOnlyList<BodyLink> Bodies,
    IReadOnlyList<Involvement> Involvements,
    IReadOnlyList<PlaceLink> Places,
    IReadOnlyList<ThemeLink> Themes,
    IReadOnlyList<OrganizationLink> Organizations)
{
    public static readonly EntryLinks Empty = new([], [], [], [], []);
}

public sealed record ImportedEntry(Entry Entry, EntryLinks Links);

public sealed record ImportWarning(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>The sentence that defines a sub-section on the new portal ("Official documents of ..."): the sub-section's description, not an entry.</summary>
public sealed record SubSectionIntroduction(string Section, string Heading, string Description, int Line);

/// <summary>The importer's output for one profile page: the unit the stores replace atomically.</summary>
public sealed record ProfileDocument(
    Profile Profile,
    IReadOnlyList<ImportedEntry> Entries,
    IReadOnlyList<ImportWarning> Warnings,
    string Text)
{
    public IReadOnlyList<SubSectionIntroduction> SubSections { get; init; } = [];

    /// <summary>A state profile's own country (null for an intergovernmental organisation): the profile's <see cref="Profile.Country"/>.</summary>
    public Country? Country => Profile.Country;

    /// <summary>Where the profile's members come from when the page has no "Member States" line (reference data); null when from the page.</summary>
    public string? MembersSource { get; init; }

    /// <summary>Checks what every store relies on: a slug profile key, a source text, and entries of this profile with distinct ids.</summary>
    /// <exception cref="GraphStoreException">INVALID_DOCUMENT.</exception>
    public void Validate()
    {
        var profileId = Profile.Id;
        var key = NodeIds.PrefixOf(profileId) == NodeIds.ProfilePrefix ? profileId[(NodeIds.ProfilePrefix.Length + 1)..] : "";

        // The key names the profile's file in the data directory: only a slug is safe there.
        if (key.Length == 0 || NodeIds.Slug(key) != key)
        {
            throw Invalid($"profile id '{profileId}' is not '{NodeIds.ProfilePrefix}:' followed by a slug");
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            throw Invalid($"profile {profileId} has no source text to keep");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var imported in Entries)
        {
            var entry = imported.Entry;
            if (entry.ProfileId != profileId)
            {
                throw Invalid($"entry {entry.Id} belongs to {entry.ProfileId}, not to {profileId}");
            }

            if (!ids.Add(entry.Id))
            {
                throw Invalid($"entry id {entry.Id} occurs twice in profile {profileId}");
            }
        }
    }

    private static GraphStoreException Invalid(string reason) => new(GraphErrorCodes.InvalidDocument, $"Invalid profile document: {reason}.");

    /// <summary>The same document citing <paramref name="name"/> as its source, in the profile and in every entry's span.</summary>
    public ProfileDocument WithDocumentName(string name) => this with
    {
        Profile = Profile with { Document = name },
        Entries = [.. Entries.Select(e => e with { Entry = e.Entry with { Source = e.Entry.Source with { Document = name } } })],
    };
}
