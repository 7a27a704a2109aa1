using AseanCyber.Api.GraphQL.DataLoading;
using AseanCyber.Api.Entries;
using AseanCyber.Api.GraphQL;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Themes;

public sealed class ThemeType : NodeType<Theme>
{
    public ThemeType()
        : base("Theme", "A theme of the taxonomy (Data/themes.json) that entries are about.")
    {
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        this.AddEntriesConnection("The entries whose text matched one of this theme's terms.");
    }
}

public sealed class ThemeFilterInputType() : FilterInputType(ThemeFields.Catalog);

public static class ThemeQueries
{
    public static void AddThemeQueries(this QueryType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("themes")
            .Description("The themes entries are linked to, by name.")
            .ResolveAsync(async c => await c.Loaders().Store.GetThemesAsync(c.CancellationToken).ConfigureAwait(false));
}
