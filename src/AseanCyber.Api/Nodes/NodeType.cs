using AseanCyber.Graph.Model;
using GraphQL.Types;

namespace AseanCyber.Api.Nodes;

/// <summary>An object type that implements Node: its name, description, the interface, type resolution and the id field.</summary>
public abstract class NodeType<T> : ObjectGraphType<T>
    where T : class, INode
{
    protected NodeType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = o => o is T;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
    }
}
