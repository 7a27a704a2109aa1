using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;

namespace AseanCyber.Graph.Embedded;

/// <summary>The predicates and comparers of each node type, derived from its catalog once.</summary>
internal static class Schemas
{
    public static readonly FilterSchema<Country> CountryFilter = FilterSchema<Country>.From(CountryFields.Catalog);
    public static readonly FilterSchema<Body> BodyFilter = FilterSchema<Body>.From(BodyFields.Catalog);
    public static readonly FilterSchema<Theme> ThemeFilter = FilterSchema<Theme>.From(ThemeFields.Catalog);
    public static readonly FilterSchema<Organization> OrganizationFilter = FilterSchema<Organization>.From(OrganizationFields.Catalog);
    public static readonly FilterSchema<Place> PlaceFilter = FilterSchema<Place>.From(PlaceFields.Catalog);
    public static readonly FilterSchema<Profile> ProfileFilter = FilterSchema<Profile>.From(ProfileFields.Catalog);
    public static readonly FilterSchema<LinkedEntry> EntryFilter = FilterSchema<LinkedEntry>.From(EntryFields.Catalog);

    public static readonly SortSchema<Country> CountrySort = SortSchema<Country>.From(CountryFields.Catalog);
    public static readonly SortSchema<Body> BodySort = SortSchema<Body>.From(BodyFields.Catalog);
    public static readonly SortSchema<Theme> ThemeSort = SortSchema<Theme>.From(ThemeFields.Catalog);
    public static readonly SortSchema<Organization> OrganizationSort = SortSchema<Organization>.From(OrganizationFields.Catalog);
    public static readonly SortSchema<Place> PlaceSort = SortSchema<Place>.From(PlaceFields.Catalog);
    public static readonly SortSchema<Profile> ProfileSort = SortSchema<Profile>.From(ProfileFields.Catalog);

    /// <summary>Entries: ties in source order (the row's rank).</summary>
    public static readonly SortSchema<LinkedEntry> EntrySort = SortSchema<LinkedEntry>.From(EntryFields.Catalog);

    public static int CompareIds(INode a, INode b) => string.CompareOrdinal(a.Id, b.Id);

    public static int CompareNames(string aName, string aId, string bName, string bId)
    {
        var c = string.CompareOrdinal(aName, bName);
        return c != 0 ? c : string.CompareOrdinal(aId, bId);
    }
}
