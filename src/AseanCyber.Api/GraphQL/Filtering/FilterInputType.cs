using AseanCyber.Graph.Querying.Catalog;
using GraphQL.Types;

namespace AseanCyber.Api.GraphQL.Filtering;

/// <summary>
/// A Hot Chocolate style filter input (<c>and</c>, <c>or</c>, and one entry per filterable field of the catalog), named
/// after the catalog's type ("EntryFilterInput"). <see cref="FilterParser"/> reads its values with the same catalog.
/// </summary>
public abstract class FilterInputType : InputObjectGraphType
{
    protected FilterInputType(NodeCatalog catalog)
    {
        Name = CatalogGraphTypes.FilterInputName(catalog);
        var listOfSelf = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
        AddField(new FieldType { Name = "and", Type = listOfSelf });
        AddField(new FieldType { Name = "or", Type = listOfSelf });
        foreach (var field in catalog.FilterFields)
        {
            AddField(new FieldType { Name = field.Name, Description = field.Description, Type = CatalogGraphTypes.FilterOperations(field) });
        }
    }
}

/// <summary>A Hot Chocolate style sort input: each sortable field of the catalog takes ASC or DESC; a list of them sorts by each in turn.</summary>
public abstract class SortInputType : InputObjectGraphType
{
    protected SortInputType(NodeCatalog catalog)
    {
        Name = catalog.TypeName + "SortInput";
        foreach (var field in catalog.SortFields)
        {
            AddField(new FieldType { Name = field.Name, Description = field.Description, Type = typeof(SortEnumType) });
        }
    }
}
