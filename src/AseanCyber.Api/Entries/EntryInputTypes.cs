using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Graph.Querying.Catalog;

namespace AseanCyber.Api.Entries;

public sealed class EntryFilterInputType() : FilterInputType(EntryFields.Catalog);

public sealed class InvolvementFilterInputType() : FilterInputType(InvolvementFields.Catalog);

public sealed class EntrySortInputType() : SortInputType(EntryFields.Catalog);
