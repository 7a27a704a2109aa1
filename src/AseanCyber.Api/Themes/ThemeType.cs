using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;

namespace AseanCyber.Api.Themes;

public sealed class ThemeType : NamedNodeType<Theme>
{
    public ThemeType()
        : base("Theme", "A theme of the taxonomy (Data/themes.json) that entries are about.", t => t.Name) =>
        AddEntries(EntryScopeKind.Theme, "The entries whose text matched one of this theme's terms.");
}

public sealed class ThemeFilterInputType() : FilterInputType(ThemeFields.Catalog);

public sealed class ThemeSortInputType() : SortInputType(ThemeFields.Catalog);
