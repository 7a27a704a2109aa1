using System.Text;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;

namespace AseanCyber.Graph.Neo4j;

/// <summary>Model enums as stored in Neo4j: their GraphQL names (StrategyDocument is STRATEGY_DOCUMENT).</summary>
internal static class CypherEnums
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.ByValue[value];

    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        EnumNames<TEnum>.ByName.TryGetValue(name, out var value)
            ? value
            : throw Neo4jMapping.Unexpected($"'{name}' where a {typeof(TEnum).Name} was expected (one of {string.Join(", ", EnumNames<TEnum>.ByName.Keys)})");

    /// <summary>Every value's name, in declaration order: the order sorts follow.</summary>
    public static IReadOnlyList<string> Names<TEnum>()
        where TEnum : struct, Enum => EnumNames<TEnum>.InOrder;

    private static string ConstantCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(name[i]));
        }

        return sb.ToString();
    }

    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ByValue = Enum.GetValues<TEnum>().ToDictionary(v => v, v => ConstantCase(v.ToString()));

        public static readonly Dictionary<string, TEnum> ByName = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static readonly string[] InOrder = [.. Enum.GetValues<TEnum>().Order().Select(v => ByValue[v])];
    }
}

/// <summary>
/// The sortable fields of one node type, compiled to ORDER BY keys. Same rules as the embedded graph: strings ordinal,
/// enums by declaration order, null the smallest value. Cypher puts nulls last in ascending order, so every key is
/// preceded by a null test that moves them first (ascending) or last (descending).
/// </summary>
internal sealed class CypherSortSchema(string typeName)
{
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    public IEnumerable<string> FieldNames => _keys.Keys;

    public CypherSortSchema Property(string name, string property)
    {
        _keys.Add(name, "{0}." + property);
        return this;
    }

    /// <summary>Sorts by declaration order: a CASE over the fixed enum names.</summary>
    public CypherSortSchema Enum<TEnum>(string name, string property)
        where TEnum : struct, Enum
    {
        var names = CypherEnums.Names<TEnum>();
        var cases = string.Concat(names.Select((n, i) => $" WHEN '{n}' THEN {i}"));
        _keys.Add(name, "CASE {0}." + property + cases + " END");
        return this;
    }

    public IReadOnlyList<string> Compile(IReadOnlyList<SortField> order, string variable)
    {
        var keys = new List<string>(order.Count * 2);
        foreach (var field in order)
        {
            var key = _keys.TryGetValue(field.Field, out var template)
                ? string.Format(System.Globalization.CultureInfo.InvariantCulture, template, variable)
                : throw new ArgumentException($"{typeName} cannot be sorted by '{field.Field}'.", nameof(order));
            keys.Add(field.Direction == SortDirection.Desc ? $"{key} IS NULL, {key} DESC" : $"{key} IS NULL DESC, {key}");
        }

        return keys;
    }
}

/// <summary>Property names and the filter/sort fields of each node type, as the embedded graph's Schemas defines them.</summary>
internal static class CypherSchemas
{
    public static readonly CypherFilterSchema CountryFilter = new CypherFilterSchema("Country")
        .String(Fields.Country.Id, "id")
        .String(Fields.Country.Code, "code")
        .String(Fields.Country.Code3, "code3")
        .String(Fields.Country.Name, "name");

    public static readonly CypherFilterSchema BodyFilter = new CypherFilterSchema("Body")
        .String(Fields.Named.Id, "id")
        .String(Fields.Named.Name, "name");

    public static readonly CypherFilterSchema ThemeFilter = new CypherFilterSchema("Theme")
        .String(Fields.Named.Id, "id")
        .String(Fields.Named.Name, "name");

    public static readonly CypherFilterSchema OrganizationFilter = new CypherFilterSchema("Organization")
        .String(Fields.Named.Id, "id")
        .String(Fields.Named.Name, "name")
        .String(Fields.Named.Acronym, "acronym");

    public static readonly CypherFilterSchema PlaceFilter = new CypherFilterSchema("Place")
        .String(Fields.Named.Id, "id")
        .String(Fields.Named.Name, "name")
        .Object(Fields.Named.Country, "({0})-[:IN]->({1}:Country)", CountryFilter);

    public static readonly CypherFilterSchema ProfileFilter = new CypherFilterSchema("Profile")
        .String(Fields.Named.Id, "id")
        .String(Fields.Named.Name, "name")
        .String(Fields.Named.Acronym, "acronym");

    /// <summary>An involvement is an INVOLVES relationship; its country is the relationship's end node.</summary>
    public static readonly CypherFilterSchema InvolvementFilter = new CypherFilterSchema("Involvement")
        .Enum<InvolvementRole>(Fields.Involvement.Role, "role")
        .String(Fields.Involvement.Evidence, "evidence")
        .Expression(Fields.Involvement.Country, "endNode({0})", CountryFilter);

    public static readonly CypherFilterSchema EntryFilter = new CypherFilterSchema("Entry")
        .String(Fields.Entry.Id, "id")
        .Enum<EntryKind>(Fields.Entry.Kind, "kind")
        .String(Fields.Entry.Section, "section")
        .String(Fields.Entry.Category, "category")
        .String(Fields.Entry.Title, "title")
        .Enum<EntryStatus>(Fields.Entry.Status, "status")
        .Int(Fields.Entry.Edition, "edition")
        .String(Fields.Entry.Acronym, "acronym")
        .String(Fields.Entry.Description, "description")
        .Int(Fields.Entry.Year, "year")
        .Object(Fields.Entry.Profile, "({0})-[:IN_PROFILE]->({1}:Profile)", ProfileFilter)
        .List(Fields.Entry.Countries, CountryFilter, "({0})-[:INVOLVES]->({1}:Country)", "({0})-[:HELD_IN]->(:Place)-[:IN]->({1}:Country)")
        .List(Fields.Entry.Involvements, InvolvementFilter, "({0})-[{1}:INVOLVES]->(:Country)")
        .List(Fields.Entry.Bodies, BodyFilter, "({0})-[:ISSUED_BY]->({1}:Body)")
        .List(Fields.Entry.Themes, ThemeFilter, "({0})-[:ABOUT]->({1}:Theme)")
        .List(Fields.Entry.Places, PlaceFilter, "({0})-[:HELD_IN]->({1}:Place)")
        .List(Fields.Entry.Organizations, OrganizationFilter, "({0})-[:MENTIONS]->({1}:Organization)");

    public static readonly CypherSortSchema EntrySort = new CypherSortSchema("Entry")
        .Property(Fields.Entry.Id, "id")
        .Enum<EntryKind>(Fields.Entry.Kind, "kind")
        .Property(Fields.Entry.Section, "section")
        .Property(Fields.Entry.Category, "category")
        .Property(Fields.Entry.Title, "title")
        .Enum<EntryStatus>(Fields.Entry.Status, "status")
        .Property(Fields.Entry.Edition, "edition")
        .Property(Fields.Entry.Acronym, "acronym")
        .Property(Fields.Entry.Description, "description")
        .Property(Fields.Entry.Year, "year")
        .Property(Fields.Entry.Date, "dateStart");

    public static readonly CypherSortSchema CountrySort = new CypherSortSchema("Country")
        .Property(Fields.Country.Id, "id")
        .Property(Fields.Country.Code, "code")
        .Property(Fields.Country.Code3, "code3")
        .Property(Fields.Country.Name, "name");

    public static readonly CypherSortSchema BodySort = new CypherSortSchema("Body")
        .Property(Fields.Named.Id, "id")
        .Property(Fields.Named.Name, "name");
}
