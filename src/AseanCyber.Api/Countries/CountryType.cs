using AseanCyber.Api.Entries;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Nodes;
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
        this.AddEntriesConnection(EntryScopeKind.Country, "Entries that involve this country in any role, or were held in one of its places.");
    }
}

public sealed class CountryFilterInputType() : FilterInputType(CountryFields.Catalog);

public sealed class CountrySortInputType() : SortInputType(CountryFields.Catalog);
