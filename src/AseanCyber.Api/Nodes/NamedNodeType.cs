using AseanCyber.Api.Entries;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;
using GraphQL.Types;

namespace AseanCyber.Api.Nodes;

/// <summary>
/// The shape bodies, themes, organizations, places and profiles share: a Node with a name, its own fields, then the
/// entries connection of its scope. Subclasses add their fields between the name and the entries.
/// </summary>
public abstract class NamedNodeType<T> : NodeType<T>
    where T : class, INode
{
    protected NamedNodeType(string name, string description, Func<T, string> nameOf)
        : base(name, description) =>
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => nameOf(c.Source));

    protected void AddEntries(EntryScopeKind scope, string description) => this.AddEntriesConnection(scope, description);
}
