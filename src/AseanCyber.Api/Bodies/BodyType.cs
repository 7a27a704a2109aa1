using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;

namespace AseanCyber.Api.Bodies;

public sealed class BodyType : NamedNodeType<Body>
{
    public BodyType()
        : base("Body", "A body that issued or ran entries, as named on an entry's body line.", b => b.Name) =>
        AddEntries(EntryScopeKind.Body, "The entries this body issued or ran.");
}

public sealed class BodyFilterInputType() : FilterInputType(BodyFields.Catalog);

public sealed class BodySortInputType() : SortInputType(BodyFields.Catalog);
