using System.Text;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;

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

    public static IReadOnlyList<string> Names(Type enumType) =>
        [.. Enum.GetValues(enumType).Cast<Enum>().OrderBy(v => v).Select(v => ConstantCase(v.ToString()))];

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
/// enums by declaration order, null the smallest value. A field that is never null sorts by the bare property, an order
/// a range index on it can provide. Cypher puts nulls last in ascending order (first in descending), the opposite of
/// the embedded graph, so a nullable field's key is preceded by a null test that moves them first (ascending) or last
/// (descending): an expression, which no index order serves (Neo4j sorts those rows). Enums sort by a CASE over their
/// names, in declaration order, which is not the names' order either.
/// </summary>
internal sealed class CypherSortSchema(string typeName)
{
    private readonly Dictionary<string, (string Template, bool Nullable)> _keys = new(StringComparer.Ordinal);

    public IEnumerable<string> FieldNames => _keys.Keys;

    public static CypherSortSchema From<T>(NodeCatalog<T> catalog)
    {
        var schema = new CypherSortSchema(catalog.TypeName);
        foreach (var field in catalog.Fields.Where(f => f.Sortable))
        {
            var property = field.CypherProperty ?? throw new InvalidOperationException($"Sort field '{field.Name}' has no Neo4j property.");
            schema._keys.Add(field.Name, (field.EnumType is { } enumType ? EnumKey(enumType, property) : "{0}." + property, field.IsNullable));
        }

        return schema;
    }

    /// <summary>Sorts by declaration order: a CASE over the fixed enum names.</summary>
    private static string EnumKey(Type enumType, string property)
    {
        var names = CypherEnums.Names(enumType);
        var cases = string.Concat(names.Select((n, i) => $" WHEN '{n}' THEN {i}"));
        return "CASE {0}." + property + cases + " END";
    }

    public IReadOnlyList<string> Compile(IReadOnlyList<SortField> order, string variable)
    {
        var keys = new List<string>(order.Count * 2);
        foreach (var field in order)
        {
            var (template, nullable) = _keys.TryGetValue(field.Field, out var found)
                ? found
                : throw new ArgumentException($"{typeName} cannot be sorted by '{field.Field}'.", nameof(order));
            var key = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, variable);
            var descending = field.Direction == SortDirection.Desc;
            keys.Add((nullable, descending) switch
            {
                (false, false) => key,
                (false, true) => $"{key} DESC",
                (true, false) => $"{key} IS NULL DESC, {key}",
                (true, true) => $"{key} IS NULL, {key} DESC",
            });
        }

        return keys;
    }
}

/// <summary>The filter and sort Cypher of each node type, derived from its catalog once.</summary>
internal static class CypherSchemas
{
    public static readonly CypherFilterSchema CountryFilter = CypherFilterSchema.From(CountryFields.Catalog);
    public static readonly CypherFilterSchema BodyFilter = CypherFilterSchema.From(BodyFields.Catalog);
    public static readonly CypherFilterSchema ThemeFilter = CypherFilterSchema.From(ThemeFields.Catalog);
    public static readonly CypherFilterSchema OrganizationFilter = CypherFilterSchema.From(OrganizationFields.Catalog);
    public static readonly CypherFilterSchema PlaceFilter = CypherFilterSchema.From(PlaceFields.Catalog);
    public static readonly CypherFilterSchema ProfileFilter = CypherFilterSchema.From(ProfileFields.Catalog);
    public static readonly CypherFilterSchema InvolvementFilter = CypherFilterSchema.From(InvolvementFields.Catalog);
    public static readonly CypherFilterSchema EntryFilter = CypherFilterSchema.From(EntryFields.Catalog);

    public static readonly CypherSortSchema EntrySort = CypherSortSchema.From(EntryFields.Catalog);
    public static readonly CypherSortSchema CountrySort = CypherSortSchema.From(CountryFields.Catalog);
    public static readonly CypherSortSchema BodySort = CypherSortSchema.From(BodyFields.Catalog);
    public static readonly CypherSortSchema ThemeSort = CypherSortSchema.From(ThemeFields.Catalog);
    public static readonly CypherSortSchema OrganizationSort = CypherSortSchema.From(OrganizationFields.Catalog);
    public static readonly CypherSortSchema PlaceSort = CypherSortSchema.From(PlaceFields.Catalog);
    public static readonly CypherSortSchema ProfileSort = CypherSortSchema.From(ProfileFields.Catalog);
}
