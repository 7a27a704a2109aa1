using AseanCyber.Api.GraphQL;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;

namespace AseanCyber.Api.Themes;

public static class ThemeQueries
{
    public static void AddThemeQueries(this QueryType query) =>
        query.AddNodeList<ThemeType, ThemeFilterInputType, ThemeSortInputType, Theme>(
            "themes", "The themes entries are linked to, by name.", ThemeFields.Catalog, (s, q, ct) => s.GetThemesAsync(q, ct));
}
