using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Facets;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// The facet lists of a query, counted in one pass over the selected entries: each entry adds one to each distinct value
/// it has in each requested facet (a country both host and partner of an entry counts that entry once). A value's tally
/// remembers the last entry it counted, so repeats within an entry cost one look-up and no set.
/// </summary>
internal sealed class FacetCounter
{
    private readonly (FacetRequest Request, Dictionary<string, Tally> Tallies)[] _lists;
    private readonly Dictionary<int, string> _years = [];

    public FacetCounter(IReadOnlyList<FacetRequest> requests) =>
        _lists = [.. requests.Distinct().Select(r => (r, new Dictionary<string, Tally>(StringComparer.Ordinal)))];

    public int Total { get; private set; }

    public void Add(LinkedEntry entry)
    {
        Total++;
        foreach (var (request, tallies) in _lists)
        {
            switch (request.Facet)
            {
                case EntryFacet.Kind:
                    Count(tallies, FacetRules.Name(entry.Entry.Kind), null);
                    break;
                case EntryFacet.Year when entry.Year is { } year:
                    Count(tallies, YearName(year), null);
                    break;
                case EntryFacet.Status when entry.Entry.Status is { } status:
                    Count(tallies, FacetRules.Name(status), null);
                    break;
                case EntryFacet.Role:
                    foreach (var involvement in entry.Involvements)
                    {
                        Count(tallies, FacetRules.Name(involvement.Role), null);
                    }

                    break;
                case EntryFacet.Profile:
                    Count(tallies, entry.Profile.Id, entry.Profile);
                    break;
                case EntryFacet.Country when request.Role is { } role:
                    foreach (var involvement in entry.Involvements)
                    {
                        if (involvement.Role == role)
                        {
                            Count(tallies, involvement.Country.Id, involvement.Country);
                        }
                    }

                    break;
                case EntryFacet.Country:
                    CountNodes(tallies, entry.Countries);
                    break;
                case EntryFacet.Body:
                    CountNodes(tallies, entry.Bodies);
                    break;
                case EntryFacet.Theme:
                    CountNodes(tallies, entry.Themes);
                    break;
                case EntryFacet.Place:
                    CountNodes(tallies, entry.Places);
                    break;
                case EntryFacet.Organization:
                    CountNodes(tallies, entry.Organizations);
                    break;
            }
        }
    }

    public EntryFacets Finish()
    {
        var facets = new Dictionary<FacetRequest, IReadOnlyList<FacetCount>>(_lists.Length);
        foreach (var (request, tallies) in _lists)
        {
            var counts = tallies.Select(t => new FacetCount(t.Key, t.Value.Node, t.Value.Count)).ToArray();
            Array.Sort(counts, FacetRules.Comparer(request.Facet, request.Order));
            facets[request] = counts.Length > request.First ? counts[..request.First] : counts;
        }

        return new EntryFacets(Total, facets);
    }

    private void CountNodes<TNode>(Dictionary<string, Tally> tallies, IReadOnlyList<TNode> nodes)
        where TNode : INode
    {
        foreach (var node in nodes)
        {
            Count(tallies, node.Id, node);
        }
    }

    /// <summary>Once per entry and value: <see cref="Total"/> numbers the entries.</summary>
    private void Count(Dictionary<string, Tally> tallies, string value, INode? node)
    {
        if (tallies.TryGetValue(value, out var tally))
        {
            if (tally.LastEntry != Total)
            {
                tally.LastEntry = Total;
                tally.Count++;
            }
        }
        else
        {
            tallies.Add(value, new Tally(node, Total));
        }
    }

    private string YearName(int year)
    {
        if (!_years.TryGetValue(year, out var name))
        {
            _years.Add(year, name = FacetRules.Year(year));
        }

        return name;
    }

    private sealed class Tally(INode? node, int entry)
    {
        public INode? Node { get; } = node;

        public int Count { get; set; } = 1;

        public int LastEntry { get; set; } = entry;
    }
}
