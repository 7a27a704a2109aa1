using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Querying.Catalog;

// One catalog per node type. Adding a filterable field is one line here (plus its tests): the GraphQL inputs, the embedded
// predicates and comparers and the Cypher are derived from it. Neo4j property names are those the import writes.

public static class CountryFields
{
    public static NodeCatalog<Country> Catalog { get; } = new("Country");

    public static TextField<Country> Id { get; } = Catalog.Id("id", c => c.Id, "id");

    public static TextField<Country> Code { get; } = Catalog.String("code", c => c.Code, "code", "ISO 3166-1 alpha-2.");

    public static TextField<Country> Code3 { get; } = Catalog.String("code3", c => c.Code3, "code3", "ISO 3166-1 alpha-3.");

    public static TextField<Country> Name { get; } = Catalog.String("name", c => c.Name, "name");
}

public static class BodyFields
{
    public static NodeCatalog<Body> Catalog { get; } = new("Body");

    public static TextField<Body> Id { get; } = Catalog.Id("id", b => b.Id, "id");

    public static TextField<Body> Name { get; } = Catalog.String("name", b => b.Name, "name");
}

public static class ThemeFields
{
    public static NodeCatalog<Theme> Catalog { get; } = new("Theme");

    public static TextField<Theme> Id { get; } = Catalog.Id("id", t => t.Id, "id");

    public static TextField<Theme> Name { get; } = Catalog.String("name", t => t.Name, "name");
}

public static class OrganizationFields
{
    public static NodeCatalog<Organization> Catalog { get; } = new("Organization");

    public static TextField<Organization> Id { get; } = Catalog.Id("id", o => o.Id, "id");

    public static TextField<Organization> Name { get; } = Catalog.String("name", o => o.Name, "name");

    public static TextField<Organization> Acronym { get; } = Catalog.String("acronym", o => o.Acronym, "acronym", nullable: true);
}

public static class PlaceFields
{
    public static NodeCatalog<Place> Catalog { get; } = new("Place");

    public static TextField<Place> Id { get; } = Catalog.Id("id", p => p.Id, "id");

    public static TextField<Place> Name { get; } = Catalog.String("name", p => p.Name, "name");

    public static ObjectField<Place, Country> Country { get; } =
        Catalog.Object("country", p => p.Country, CountryFields.Catalog, "({0})-[:IN]->({1}:Country)");
}

public static class ProfileFields
{
    public static NodeCatalog<Profile> Catalog { get; } = new("Profile");

    public static TextField<Profile> Id { get; } = Catalog.Id("id", p => p.Id, "id");

    public static TextField<Profile> Name { get; } = Catalog.String("name", p => p.Name, "name");

    public static TextField<Profile> Acronym { get; } = Catalog.String("acronym", p => p.Acronym, "acronym", nullable: true);

    public static TextField<Profile> LastUpdated { get; } = Catalog.String(
        "lastUpdated",
        p => p.LastUpdated,
        "lastUpdated",
        "When the portal last updated the page, as an ISO partial date (\"2018-11\"): startsWith \"2018\" finds a year.",
        nullable: true);

    public static ObjectField<Profile, Country> Country { get; } = Catalog.Object(
        "country", p => p.Country, CountryFields.Catalog, "({0})-[:OF_COUNTRY]->({1}:Country)", "A state profile's own country; intergovernmental organizations have none.");
}

/// <summary>An involvement is an INVOLVES relationship; its country is the relationship's end node.</summary>
public static class InvolvementFields
{
    public static NodeCatalog<Involvement> Catalog { get; } = new("Involvement");

    public static EnumField<Involvement, InvolvementRole> Role { get; } = Catalog.Enum<InvolvementRole>("role", i => i.Role, "role", use: FieldUse.Filter);

    public static TextField<Involvement> Evidence { get; } = Catalog.String("evidence", i => i.Evidence, "evidence", use: FieldUse.Filter);

    public static ObjectField<Involvement, Country> Country { get; } = Catalog.Required("country", i => i.Country, CountryFields.Catalog, "endNode({0})");
}

public static class EntryFields
{
    public static NodeCatalog<LinkedEntry> Catalog { get; } = new("Entry");

    public static TextField<LinkedEntry> Id { get; } = Catalog.Id("id", e => e.Entry.Id, "id", use: FieldUse.FilterAndSort);

    public static EnumField<LinkedEntry, EntryKind> Kind { get; } = Catalog.Enum<EntryKind>("kind", e => e.Entry.Kind, "kind");

    public static TextField<LinkedEntry> Section { get; } = Catalog.String("section", e => e.Entry.Section, "section");

    public static TextField<LinkedEntry> Category { get; } = Catalog.String("category", e => e.Entry.Category, "category");

    public static TextField<LinkedEntry> Title { get; } = Catalog.String("title", e => e.Entry.Title, "title");

    public static EnumField<LinkedEntry, EntryStatus> Status { get; } = Catalog.Enum<EntryStatus>("status", e => e.Entry.Status, "status", nullable: true);

    public static IntField<LinkedEntry> Edition { get; } = Catalog.Int("edition", e => e.Entry.Edition, "edition");

    // Filter only: an acronym or a description is looked up, not ordered by.
    public static TextField<LinkedEntry> Acronym { get; } = Catalog.String("acronym", e => e.Entry.Acronym, "acronym", use: FieldUse.Filter, nullable: true);

    public static TextField<LinkedEntry> Description { get; } = Catalog.String("description", e => e.Entry.Description, "description", use: FieldUse.Filter, nullable: true);

    public static IntField<LinkedEntry> Year { get; } = Catalog.Int("year", e => e.Year, "year", "The year the first date starts in.");

    /// <summary>Sort only: the start of the first date ("2017" &lt; "2017-10" &lt; "2017-10-10").</summary>
    public static TextField<LinkedEntry> Date { get; } = Catalog.String("date", e => e.DateStart, "dateStart", use: FieldUse.Sort, nullable: true);

    public static ObjectField<LinkedEntry, Profile> Profile { get; } =
        Catalog.Object("profile", e => e.Profile, ProfileFields.Catalog, "({0})-[:IN_PROFILE]->({1}:Profile)");

    public static ListField<LinkedEntry, Country> Countries { get; } = Catalog.List(
        "countries",
        e => e.Countries,
        CountryFields.Catalog,
        "Countries involved in any role or holding one of the entry's places.",
        "({0})-[:INVOLVES]->({1}:Country)",
        "({0})-[:HELD_IN]->(:Place)-[:IN]->({1}:Country)");

    public static ListField<LinkedEntry, Involvement> Involvements { get; } =
        Catalog.List("involvements", e => e.Involvements, InvolvementFields.Catalog, null, "({0})-[{1}:INVOLVES]->(:Country)");

    public static ListField<LinkedEntry, Body> Bodies { get; } =
        Catalog.List("bodies", e => e.Bodies, BodyFields.Catalog, null, "({0})-[:ISSUED_BY]->({1}:Body)");

    public static ListField<LinkedEntry, Theme> Themes { get; } =
        Catalog.List("themes", e => e.Themes, ThemeFields.Catalog, null, "({0})-[:ABOUT]->({1}:Theme)");

    public static ListField<LinkedEntry, Place> Places { get; } =
        Catalog.List("places", e => e.Places, PlaceFields.Catalog, null, "({0})-[:HELD_IN]->({1}:Place)");

    public static ListField<LinkedEntry, Organization> Organizations { get; } =
        Catalog.List("organizations", e => e.Organizations, OrganizationFields.Catalog, null, "({0})-[:MENTIONS]->({1}:Organization)");
}
