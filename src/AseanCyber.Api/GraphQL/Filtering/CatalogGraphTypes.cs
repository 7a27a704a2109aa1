using AseanCyber.Api.Bodies;
using AseanCyber.Api.Countries;
using AseanCyber.Api.Entries;
using AseanCyber.Api.Organizations;
using AseanCyber.Api.Places;
using AseanCyber.Api.Profiles;
using AseanCyber.Api.Themes;
using AseanCyber.Graph.Querying.Catalog;
using GraphQL.Types;

namespace AseanCyber.Api.GraphQL.Filtering;

/// <summary>Which GraphQL input type filters each kind of catalog field.</summary>
public static class CatalogGraphTypes
{
    // One line per node type (not per field): the filter input that a relation to that type nests.
    private static readonly Dictionary<NodeCatalog, Type> FilterInputs = new()
    {
        [EntryFields.Catalog] = typeof(EntryFilterInputType),
        [InvolvementFields.Catalog] = typeof(InvolvementFilterInputType),
        [CountryFields.Catalog] = typeof(CountryFilterInputType),
        [BodyFields.Catalog] = typeof(BodyFilterInputType),
        [ThemeFields.Catalog] = typeof(ThemeFilterInputType),
        [PlaceFields.Catalog] = typeof(PlaceFilterInputType),
        [OrganizationFields.Catalog] = typeof(OrganizationFilterInputType),
        [ProfileFields.Catalog] = typeof(ProfileFilterInputType),
    };

    /// <summary>The GraphQL enum type of each model enum: the <c>EnumerationGraphType&lt;TEnum&gt;</c> declared for it.</summary>
    private static readonly Dictionary<Type, Type> EnumTypes = typeof(CatalogGraphTypes).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(EnumerationGraphType<>))
        .ToDictionary(t => t.BaseType!.GetGenericArguments()[0]);

    public static string FilterInputName(NodeCatalog catalog) => catalog.TypeName + "FilterInput";

    /// <summary>The input a field's filter takes: its operations for a scalar, the related type's filter for a relation.</summary>
    public static Type FilterOperations(CatalogField field) => field.Kind switch
    {
        FieldKind.Id => typeof(IdOperationFilterInputType),
        FieldKind.String => typeof(StringOperationFilterInputType),
        FieldKind.Int => typeof(IntOperationFilterInputType),
        FieldKind.Enum => (field.IsNullable ? typeof(NullableEnumOperationFilterInputType<>) : typeof(EnumOperationFilterInputType<>))
            .MakeGenericType(EnumTypes[field.EnumType!]),
        FieldKind.Object => FilterInputs[field.Target!],
        FieldKind.List => typeof(ListFilterInputType<>).MakeGenericType(FilterInputs[field.Target!]),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "Unknown field kind."),
    };
}
