using AseanCyber.Graph.Model;
using GraphQL.Types;

namespace AseanCyber.Api.Nodes;

public sealed class NodeInterface : InterfaceGraphType<INode>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global, readable id that is stable across restarts and re-imports, such as \"country:JP\".";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
