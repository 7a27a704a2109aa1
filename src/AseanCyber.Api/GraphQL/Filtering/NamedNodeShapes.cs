using F = AseanCyber.Graph.Querying.Fields;

namespace AseanCyber.Api.GraphQL.Filtering;

/// <summary>Filter fields shared by nodes that are a name with an id (bodies, themes, organizations, places, profiles).</summary>
public static class NamedNodeShapes
{
    public static FilterFieldSpec Id => new("id", FilterFieldKind.Scalar, typeof(IdOperationFilterInputType), F.Named.Id);

    public static FilterFieldSpec Name => new("name", FilterFieldKind.Scalar, typeof(StringOperationFilterInputType), F.Named.Name);

    public static FilterFieldSpec Acronym => new("acronym", FilterFieldKind.Scalar, typeof(StringOperationFilterInputType), F.Named.Acronym);

    public static readonly IReadOnlyDictionary<string, string> SortByName = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = F.Named.Name,
    };
}
