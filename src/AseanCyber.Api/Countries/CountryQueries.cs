using AseanCyber.Api.GraphQL;
using AseanCyber.Api.Nodes;
using AseanCyber.Api.Store;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using GraphQL;
using GraphQL.Types;

namespace AseanCyber.Api.Countries;

public static class CountryQueries
{
    public static void AddCountryQueries(this QueryType query)
    {
        query.AddNodeList<CountryType, CountryFilterInputType, CountrySortInputType, Country>(
            "countries", "The countries that appear in the graph.", CountryFields.Catalog, (s, q, ct) => s.GetCountriesAsync(q, ct));

        query.Field<CountryType>("country")
            .Description("A country of the graph by ISO 3166-1 alpha-2 or alpha-3 code, in any case; null when the graph does not have it.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c =>
            {
                var code = c.GetArgument<string>("code").Trim().ToUpperInvariant();
                switch (code.All(char.IsAsciiLetterUpper) ? code.Length : 0)
                {
                    case 2:
                        return await NodeByIdDataLoader.Of(c).LoadAsync(NodeIds.Country(code))
                            .GetResultAsync(c.CancellationToken).ConfigureAwait(false) as Country;
                    case 3:
                        var matches = await c.GraphStore().GetCountriesAsync(
                            new ListQuery(new FieldFilter(CountryFields.Code3, FilterOperator.Eq, code), []), c.CancellationToken).ConfigureAwait(false);
                        return matches.Count > 0 ? matches[0] : null;
                    default:
                        throw ApiErrors.Create(ApiErrors.InvalidArgument, $"'code' must be an ISO 3166-1 alpha-2 or alpha-3 code such as \"JP\" or \"JPN\"; got \"{code}\".");
                }
            });
    }
}
