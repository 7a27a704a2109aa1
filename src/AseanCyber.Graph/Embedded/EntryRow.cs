using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// An entry as the snapshot keeps it: what filters and sorts read (<see cref="Linked"/>, computed once per snapshot), and
/// <see cref="Rank"/>, its position in the default order (profile id, then first source line): the tie-break of every sort.
/// </summary>
internal sealed class EntryRow(int rank, Entry entry, Profile profile, EntryLinks links)
{
    public int Rank { get; } = rank;

    public LinkedEntry Linked { get; } = new(entry, profile, links);

    public Entry Entry => Linked.Entry;

    public EntryLinks Links => Linked.Links;

    public static int CompareRank(EntryRow a, EntryRow b) => a.Rank.CompareTo(b.Rank);
}
