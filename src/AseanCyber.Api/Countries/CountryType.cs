using AseanCyber.Api.Entries;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Nodes;
using AseanCyber.Api.Profiles;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;
using GraphQL.Types;

namespace AseanCyber.Api.Countries;

public sealed class CountryType : NodeType<Country>
{
    public CountryType()
        : base("Country", "A country (ISO 3166-1) linked to at least one entry or profile.")
    {
        Field<NonNullGraphType<StringGraphType>>("code").Description("ISO 3166-1 alpha-2.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("code3").Description("ISO 3166-1 alpha-3.").Resolve(c => c.Source.Code3);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<ProfileType>("profile")
            .Description("This country's own state profile, if one is imported (the first by name should there be several); null otherwise. Profiles it is a member of are not it.")
            .Resolve(c => ProfileByCountryIdDataLoader.Of(c).LoadAsync(c.Source.Id));
        this.AddEntriesConnection(EntryScopeKind.Country, "Entries that involve this country in any role, or were held in one of its places.");
    }
}

public sealed class CountryFilterInputType() : FilterInputType(CountryFields.Catalog);

public sealed class CountrySortInputType() : SortInputType(CountryFields.Catalog);
