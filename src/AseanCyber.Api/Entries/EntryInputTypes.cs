using AseanCyber.Api.Bodies;
using AseanCyber.Api.Countries;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Organizations;
using AseanCyber.Api.Places;
using AseanCyber.Api.Profiles;
using AseanCyber.Api.Themes;
using F = AseanCyber.Graph.Querying.Fields;

namespace AseanCyber.Api.Entries;

public sealed class EntryFilterInputType() : FilterInputType("EntryFilterInput", Shape)
{
    public static readonly FilterShape Shape = new(
        new("id", FilterFieldKind.Scalar, typeof(IdOperationFilterInputType), F.Entry.Id),
        new("kind", FilterFieldKind.Scalar, typeof(EnumOperationFilterInputType<EntryKindType>), F.Entry.Kind),
        new("section", FilterFieldKind.Scalar, typeof(StringOperationFilterInputType), F.Entry.Section),
        new("category", FilterFieldKind.Scalar, typeof(StringOperationFilterInputType), F.Entry.Category),
        new("title", FilterFieldKind.Scalar, typeof(StringOperationFilterInputType), F.Entry.Title),
        new("status", FilterFieldKind.Scalar, typeof(NullableEnumOperationFilterInputType<EntryStatusType>), F.Entry.Status),
        new("edition", FilterFieldKind.Scalar, typeof(IntOperationFilterInputType), F.Entry.Edition),
        new("acronym", FilterFieldKind.Scalar, typeof(StringOperationFilterInputType), F.Entry.Acronym),
        new("description", FilterFieldKind.Scalar, typeof(StringOperationFilterInputType), F.Entry.Description),
        new("year", FilterFieldKind.Scalar, typeof(IntOperationFilterInputType), F.Entry.Year),
        new("profile", FilterFieldKind.Object, typeof(ProfileFilterInputType), F.Entry.Profile, () => ProfileFilterInputType.Shape),
        new("countries", FilterFieldKind.List, typeof(ListFilterInputType<CountryFilterInputType>), F.Entry.Countries, () => CountryFilterInputType.Shape),
        new("involvements", FilterFieldKind.List, typeof(ListFilterInputType<InvolvementFilterInputType>), F.Entry.Involvements, () => InvolvementFilterInputType.Shape),
        new("bodies", FilterFieldKind.List, typeof(ListFilterInputType<BodyFilterInputType>), F.Entry.Bodies, () => BodyFilterInputType.Shape),
        new("themes", FilterFieldKind.List, typeof(ListFilterInputType<ThemeFilterInputType>), F.Entry.Themes, () => ThemeFilterInputType.Shape),
        new("places", FilterFieldKind.List, typeof(ListFilterInputType<PlaceFilterInputType>), F.Entry.Places, () => PlaceFilterInputType.Shape),
        new("organizations", FilterFieldKind.List, typeof(ListFilterInputType<OrganizationFilterInputType>), F.Entry.Organizations, () => OrganizationFilterInputType.Shape));
}

public sealed class InvolvementFilterInputType() : FilterInputType("InvolvementFilterInput", Shape)
{
    public static readonly FilterShape Shape = new(
        new("role", FilterFieldKind.Scalar, typeof(EnumOperationFilterInputType<InvolvementRoleType>), F.Involvement.Role),
        new("evidence", FilterFieldKind.Scalar, typeof(StringOperationFilterInputType), F.Involvement.Evidence),
        new("country", FilterFieldKind.Object, typeof(CountryFilterInputType), F.Involvement.Country, () => CountryFilterInputType.Shape));
}

public sealed class EntrySortInputType() : SortInputType("EntrySortInput", SortFields)
{
    public static readonly IReadOnlyDictionary<string, string> SortFields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = F.Entry.Id,
        ["kind"] = F.Entry.Kind,
        ["section"] = F.Entry.Section,
        ["category"] = F.Entry.Category,
        ["title"] = F.Entry.Title,
        ["status"] = F.Entry.Status,
        ["edition"] = F.Entry.Edition,
        ["year"] = F.Entry.Year,
        ["date"] = F.Entry.Date,
    };
}
