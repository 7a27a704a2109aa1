using AseanCyber.Api.GraphQL.Paging;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;

namespace AseanCyber.Api.Entries;

public sealed class EntriesEdgeType() : EdgeType<Entry, EntryType>("EntriesEdge");

public sealed class EntriesConnectionType() : ConnectionType<EntryPage, Entry, EntryType, EntriesEdgeType>(
    "EntriesConnection",
    "A connection to a list of entries.",
    "How many entries match, across all pages.",
    page => new ConnectionWindow<Entry>(page.Entries, page.Offset, page.TotalCount),
    EntryPaging.DefaultPageSize);
