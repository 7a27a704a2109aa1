using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// An entry as the snapshot keeps it: what filters and sorts read (<see cref="Linked"/>, computed once), and its place in
/// the default order (profile id, then <see cref="Position"/> among its profile's entries by first source line): the
/// tie-break of every sort. The order needs no global number, so one profile's rows are rebuilt without touching the others.
/// </summary>
internal sealed class EntryRow(int position, Entry entry, Profile profile, EntryLinks links)
{
    public int Position { get; } = position;

    public LinkedEntry Linked { get; } = new(entry, profile, links);

    public Entry Entry => Linked.Entry;

    public Profile Profile => Linked.Profile;

    public EntryLinks Links => Linked.Links;

    public static int CompareRank(EntryRow a, EntryRow b)
    {
        var c = string.CompareOrdinal(a.Linked.Profile.Id, b.Linked.Profile.Id);
        return c != 0 ? c : a.Position.CompareTo(b.Position);
    }
}
