using System.Globalization;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Neo4j;

namespace AseanCyber.Graph.Querying.Facets;

/// <summary>
/// What an entry can be counted by. Each facet counts an entry once for each of its values, with the same meaning as the
/// entry filter that selects that value (see <see cref="FacetRules"/>), so a facet's count is the totalCount of that filter.
/// </summary>
public enum EntryFacet
{
    /// <summary>The entry's kind (one value per entry).</summary>
    Kind,

    /// <summary>The year its first date starts in; entries without one are not counted.</summary>
    Year,

    /// <summary>Its status; entries without one are not counted.</summary>
    Status,

    /// <summary>Each role in which it involves some country.</summary>
    Role,

    /// <summary>The profile it belongs to.</summary>
    Profile,

    /// <summary>Each country it involves (in any role, or in <see cref="FacetRequest.Role"/> only) or, without a role, is held in.</summary>
    Country,

    /// <summary>Each body that issued or ran it.</summary>
    Body,

    /// <summary>Each theme it is about.</summary>
    Theme,

    /// <summary>Each place it was held in.</summary>
    Place,

    /// <summary>Each international organization it names.</summary>
    Organization,
}

/// <summary>How a facet's values are ordered before the first <see cref="FacetRequest.First"/> are kept.</summary>
public enum FacetOrder
{
    /// <summary>Most entries first; equal counts by value, ascending (ordinal).</summary>
    Count,

    /// <summary>By value, ascending (ordinal): years oldest first, node-valued facets by id.</summary>
    Value,
}

/// <summary>
/// One facet list to compute: which facet, ordered how, how many values at most, and (only for <see cref="EntryFacet.Country"/>)
/// the involvement role the country must have.
/// </summary>
public sealed record FacetRequest(EntryFacet Facet, FacetOrder Order, int First, InvolvementRole? Role = null)
{
    /// <summary>The most values one facet list may hold.</summary>
    public const int MaxFirst = 100;
}

/// <summary>The facets of the entries <see cref="Where"/> selects (every entry when null); equal by value, so equal requests batch.</summary>
public sealed record EntryFacetQuery(Filter? Where, IReadOnlyList<FacetRequest> Facets)
{
    public bool Equals(EntryFacetQuery? other) => other is not null && Equals(Where, other.Where) && Structural.SequenceEqual(Facets, other.Facets);

    public override int GetHashCode() => HashCode.Combine(Where, Structural.Hash(Facets));
}

/// <summary>
/// One value of a facet and how many of the selected entries have it. <see cref="Value"/> is what a filter on that value
/// takes: the GraphQL enum name (MEETING), the year ("2017"), or the node's id; <see cref="Node"/> is set for node-valued facets.
/// </summary>
public sealed record FacetCount(string Value, INode? Node, int Count);

/// <summary>How many entries the filter selects, and each requested facet list (keyed by its request).</summary>
public sealed record EntryFacets(int TotalCount, IReadOnlyDictionary<FacetRequest, IReadOnlyList<FacetCount>> Facets)
{
    public static readonly EntryFacets Empty = new(0, new Dictionary<FacetRequest, IReadOnlyList<FacetCount>>());
}

/// <summary>The rules both adapters follow, in one place.</summary>
public static class FacetRules
{
    /// <summary>Checks what every adapter relies on.</summary>
    /// <exception cref="ArgumentException">A role on a facet other than country, or a limit outside 0 to <see cref="FacetRequest.MaxFirst"/>.</exception>
    public static void Validate(EntryFacetQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var request in query.Facets)
        {
            if (request.Role is not null && request.Facet != EntryFacet.Country)
            {
                throw new ArgumentException($"Only the country facet takes a role, not {request.Facet}.", nameof(query));
            }

            if (request.First is < 0 or > FacetRequest.MaxFirst)
            {
                throw new ArgumentException($"A facet list holds 0 to {FacetRequest.MaxFirst} values, not {request.First}.", nameof(query));
            }
        }
    }

    /// <summary>
    /// The order of <paramref name="order"/> for <paramref name="facet"/>: values compare ordinally, years as numbers (as
    /// Neo4j compares the integer property). Values are unique within a facet list, so the order is total.
    /// </summary>
    public static Comparison<FacetCount> Comparer(EntryFacet facet, FacetOrder order)
    {
        Comparison<FacetCount> byValue = facet == EntryFacet.Year
            ? static (a, b) => ParseYear(a.Value).CompareTo(ParseYear(b.Value))
            : static (a, b) => string.CompareOrdinal(a.Value, b.Value);
        return order == FacetOrder.Value ? byValue : (a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : byValue(a, b);
    }

    /// <summary>The value of an enum facet: the name GraphQL shows and Neo4j stores (IN_PROGRESS).</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => CypherEnums.Name(value);

    /// <summary>The value of the year facet: the year in digits.</summary>
    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static int ParseYear(string value) => int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
