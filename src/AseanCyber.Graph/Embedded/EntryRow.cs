using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// An entry with everything a filter or sort reads, computed once per snapshot. <see cref="Rank"/> is the position in the
/// default order (profile id, then first source line): the tie-break of every sort.
/// </summary>
internal sealed class EntryRow
{
    public EntryRow(int rank, Entry entry, Profile profile, EntryLinks links)
    {
        Rank = rank;
        Entry = entry;
        Profile = profile;
        Links = links;
        DateStart = entry.Date?.Start;
        Year = entry.Year;
        Involvements = [.. links.Involvements];
        Bodies = DistinctById(links.Bodies.Select(l => l.Body));
        Themes = DistinctById(links.Themes.Select(l => l.Theme));
        Places = DistinctById(links.Places.Select(l => l.Place));
        Organizations = DistinctById(links.Organizations.Select(l => l.Organization));
        Countries = DistinctById(links.Involvements.Select(i => i.Country)
            .Concat(links.Places.Select(p => p.Place.Country).OfType<Country>()));
    }

    public int Rank { get; }

    public Entry Entry { get; }

    public Profile Profile { get; }

    public EntryLinks Links { get; }

    public string? DateStart { get; }

    public int? Year { get; }

    public Involvement[] Involvements { get; }

    /// <summary>Every country the entry involves or is held in: the same set <c>QueryEntriesByNodeAsync</c> uses for a country.</summary>
    public Country[] Countries { get; }

    public Body[] Bodies { get; }

    public Theme[] Themes { get; }

    public Place[] Places { get; }

    public Organization[] Organizations { get; }

    public static int CompareRank(EntryRow a, EntryRow b) => a.Rank.CompareTo(b.Rank);

    private static TNode[] DistinctById<TNode>(IEnumerable<TNode> nodes)
        where TNode : INode
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. nodes.Where(n => seen.Add(n.Id))];
    }
}
