using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;

namespace AseanCyber.Graph.Embedded;

/// <summary>The filter and sort fields of each node type, named as in <see cref="Fields"/>.</summary>
internal static class Schemas
{
    public static readonly FilterSchema<Country> CountryFilter = new FilterSchema<Country>("Country")
        .String(Fields.Country.Id, c => c.Id)
        .String(Fields.Country.Code, c => c.Code)
        .String(Fields.Country.Code3, c => c.Code3)
        .String(Fields.Country.Name, c => c.Name);

    public static readonly FilterSchema<Body> BodyFilter = new FilterSchema<Body>("Body")
        .String(Fields.Named.Id, b => b.Id)
        .String(Fields.Named.Name, b => b.Name);

    public static readonly FilterSchema<Theme> ThemeFilter = new FilterSchema<Theme>("Theme")
        .String(Fields.Named.Id, t => t.Id)
        .String(Fields.Named.Name, t => t.Name);

    public static readonly FilterSchema<Organization> OrganizationFilter = new FilterSchema<Organization>("Organization")
        .String(Fields.Named.Id, o => o.Id)
        .String(Fields.Named.Name, o => o.Name)
        .String(Fields.Named.Acronym, o => o.Acronym);

    public static readonly FilterSchema<Place> PlaceFilter = new FilterSchema<Place>("Place")
        .String(Fields.Named.Id, p => p.Id)
        .String(Fields.Named.Name, p => p.Name)
        .Object(Fields.Named.Country, p => p.Country, CountryFilter);

    public static readonly FilterSchema<Profile> ProfileFilter = new FilterSchema<Profile>("Profile")
        .String(Fields.Named.Id, p => p.Id)
        .String(Fields.Named.Name, p => p.Name)
        .String(Fields.Named.Acronym, p => p.Acronym);

    public static readonly FilterSchema<Involvement> InvolvementFilter = new FilterSchema<Involvement>("Involvement")
        .Enum<InvolvementRole>(Fields.Involvement.Role, i => i.Role)
        .String(Fields.Involvement.Evidence, i => i.Evidence)
        .Object(Fields.Involvement.Country, i => i.Country, CountryFilter);

    public static readonly FilterSchema<EntryRow> EntryFilter = new FilterSchema<EntryRow>("Entry")
        .String(Fields.Entry.Id, r => r.Entry.Id)
        .Enum<EntryKind>(Fields.Entry.Kind, r => r.Entry.Kind)
        .String(Fields.Entry.Section, r => r.Entry.Section)
        .String(Fields.Entry.Category, r => r.Entry.Category)
        .String(Fields.Entry.Title, r => r.Entry.Title)
        .Enum<EntryStatus>(Fields.Entry.Status, r => r.Entry.Status)
        .Int(Fields.Entry.Edition, r => r.Entry.Edition)
        .String(Fields.Entry.Acronym, r => r.Entry.Acronym)
        .String(Fields.Entry.Description, r => r.Entry.Description)
        .Int(Fields.Entry.Year, r => r.Year)
        .Object(Fields.Entry.Profile, r => r.Profile, ProfileFilter)
        .List(Fields.Entry.Countries, r => r.Countries, CountryFilter)
        .List(Fields.Entry.Involvements, r => r.Involvements, InvolvementFilter)
        .List(Fields.Entry.Bodies, r => r.Bodies, BodyFilter)
        .List(Fields.Entry.Themes, r => r.Themes, ThemeFilter)
        .List(Fields.Entry.Places, r => r.Places, PlaceFilter)
        .List(Fields.Entry.Organizations, r => r.Organizations, OrganizationFilter);

    /// <summary>Entries: any scalar field plus <c>date</c> (the first date's start, "2017" &lt; "2017-10" &lt; "2017-10-10"); ties in source order.</summary>
    public static readonly SortSchema<EntryRow> EntrySort = new SortSchema<EntryRow>("Entry", EntryRow.CompareRank)
        .String(Fields.Entry.Id, r => r.Entry.Id)
        .Enum<EntryKind>(Fields.Entry.Kind, r => r.Entry.Kind)
        .String(Fields.Entry.Section, r => r.Entry.Section)
        .String(Fields.Entry.Category, r => r.Entry.Category)
        .String(Fields.Entry.Title, r => r.Entry.Title)
        .Enum<EntryStatus>(Fields.Entry.Status, r => r.Entry.Status)
        .Int(Fields.Entry.Edition, r => r.Entry.Edition)
        .String(Fields.Entry.Acronym, r => r.Entry.Acronym)
        .String(Fields.Entry.Description, r => r.Entry.Description)
        .Int(Fields.Entry.Year, r => r.Year)
        .String(Fields.Entry.Date, r => r.DateStart);

    public static readonly SortSchema<Country> CountrySort = new SortSchema<Country>("Country", CompareIds)
        .String(Fields.Country.Id, c => c.Id)
        .String(Fields.Country.Code, c => c.Code)
        .String(Fields.Country.Code3, c => c.Code3)
        .String(Fields.Country.Name, c => c.Name);

    public static readonly SortSchema<Body> BodySort = new SortSchema<Body>("Body", CompareIds)
        .String(Fields.Named.Id, b => b.Id)
        .String(Fields.Named.Name, b => b.Name);

    public static readonly IReadOnlyList<SortField> ByName = [new SortField(Fields.Named.Name, SortDirection.Asc)];

    public static int CompareIds(INode a, INode b) => string.CompareOrdinal(a.Id, b.Id);

    public static int CompareNames(string aName, string aId, string bName, string bId)
    {
        var c = string.CompareOrdinal(aName, bName);
        return c != 0 ? c : string.CompareOrdinal(aId, bId);
    }
}
