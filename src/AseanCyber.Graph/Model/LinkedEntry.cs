namespace AseanCyber.Graph.Model;

/// <summary>
/// An entry with its profile and links, and the related nodes a filter reads (each once, in link order), computed once:
/// what the entry catalog reads in the model.
/// </summary>
public sealed class LinkedEntry
{
    public LinkedEntry(Entry entry, Profile profile, EntryLinks links)
    {
        Entry = entry;
        Profile = profile;
        Links = links;
        DateStart = entry.Date?.Start;
        Year = entry.Year;
        Involvements = links.Involvements;
        Bodies = DistinctById(links.Bodies.Select(l => l.Body));
        Themes = DistinctById(links.Themes.Select(l => l.Theme));
        Places = DistinctById(links.Places.Select(l => l.Place));
        Organizations = DistinctById(links.Organizations.Select(l => l.Organization));
        Countries = DistinctById(links.Involvements.Select(i => i.Country)
            .Concat(links.Places.Select(p => p.Place.Country).OfType<Country>()));
    }

    public Entry Entry { get; }

    public Profile Profile { get; }

    public EntryLinks Links { get; }

    public string? DateStart { get; }

    public int? Year { get; }

    public IReadOnlyList<Involvement> Involvements { get; }

    /// <summary>Every country the entry involves or is held in: the countries whose entries it is among.</summary>
    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<Body> Bodies { get; }

    public IReadOnlyList<Theme> Themes { get; }

    public IReadOnlyList<Place> Places { get; }

    public IReadOnlyList<Organization> Organizations { get; }

    private static TNode[] DistinctById<TNode>(IEnumerable<TNode> nodes)
        where TNode : INode
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. nodes.Where(n => seen.Add(n.Id))];
    }
}
