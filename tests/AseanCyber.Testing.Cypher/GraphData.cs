using System.Globalization;

namespace AseanCyber.Testing.Cypher;

internal sealed class NodeEntity(long id)
{
    public long Id { get; } = id;

    public List<string> Labels { get; } = [];

    public Dictionary<string, object?> Properties { get; } = new(StringComparer.Ordinal);

    public List<RelEntity> Outgoing { get; } = [];

    public List<RelEntity> Incoming { get; } = [];

    public bool Deleted { get; set; }

    public string ElementId => "4:inmemory:" + Id.ToString(CultureInfo.InvariantCulture);
}

internal sealed class RelEntity(long id, string type, NodeEntity start, NodeEntity end)
{
    public long Id { get; } = id;

    public string Type { get; } = type;

    public NodeEntity Start { get; } = start;

    public NodeEntity End { get; } = end;

    public Dictionary<string, object?> Properties { get; } = new(StringComparer.Ordinal);

    public bool Deleted { get; set; }

    public string ElementId => "5:inmemory:" + Id.ToString(CultureInfo.InvariantCulture);

    public NodeEntity Other(NodeEntity node) => ReferenceEquals(node, Start) ? End : Start;
}

/// <summary>A path value: <c>Nodes.Count == Relationships.Count + 1</c>.</summary>
internal sealed record PathValue(IReadOnlyList<NodeEntity> Nodes, IReadOnlyList<RelEntity> Relationships);

/// <param name="Analyzer">A full-text index's analyzer (its <c>fulltext.analyzer</c> setting); null for other rules.</param>
internal sealed record SchemaRule(string Name, SchemaKind Kind, bool ForRelationship, string LabelOrType, IReadOnlyList<string> Properties, string? Analyzer = null)
{
    public bool SameDefinition(SchemaRule other) =>
        Kind == other.Kind && ForRelationship == other.ForRelationship && LabelOrType == other.LabelOrType && Properties.SequenceEqual(other.Properties, StringComparer.Ordinal);
}

/// <summary>The graph and its schema. A transaction works on a deep copy (<see cref="Clone"/>) and publishes it on commit.</summary>
internal sealed class GraphData
{
    public SortedDictionary<long, NodeEntity> Nodes { get; } = [];

    public SortedDictionary<long, RelEntity> Relationships { get; } = [];

    public List<SchemaRule> Schema { get; } = [];

    public long NextNodeId { get; set; }

    public long NextRelationshipId { get; set; }

    public IEnumerable<SchemaRule> UniqueConstraints => Schema.Where(r => r.Kind == SchemaKind.UniqueConstraint && !r.ForRelationship);

    public GraphData Clone()
    {
        var copy = new GraphData { NextNodeId = NextNodeId, NextRelationshipId = NextRelationshipId };
        copy.Schema.AddRange(Schema);
        foreach (var (id, node) in Nodes)
        {
            var n = new NodeEntity(id);
            n.Labels.AddRange(node.Labels);
            foreach (var (k, v) in node.Properties)
            {
                n.Properties[k] = v;
            }

            copy.Nodes.Add(id, n);
        }

        foreach (var (id, rel) in Relationships)
        {
            var r = new RelEntity(id, rel.Type, copy.Nodes[rel.Start.Id], copy.Nodes[rel.End.Id]);
            foreach (var (k, v) in rel.Properties)
            {
                r.Properties[k] = v;
            }

            copy.Relationships.Add(id, r);
            r.Start.Outgoing.Add(r);
            r.End.Incoming.Add(r);
        }

        return copy;
    }

    public NodeEntity CreateNode()
    {
        var node = new NodeEntity(NextNodeId++);
        Nodes.Add(node.Id, node);
        return node;
    }

    public RelEntity CreateRelationship(string type, NodeEntity start, NodeEntity end)
    {
        var rel = new RelEntity(NextRelationshipId++, type, start, end);
        Relationships.Add(rel.Id, rel);
        start.Outgoing.Add(rel);
        end.Incoming.Add(rel);
        return rel;
    }

    public void DeleteRelationship(RelEntity rel)
    {
        if (rel.Deleted)
        {
            return;
        }

        rel.Deleted = true;
        Relationships.Remove(rel.Id);
        rel.Start.Outgoing.Remove(rel);
        rel.End.Incoming.Remove(rel);
    }

    public void DeleteNode(NodeEntity node)
    {
        node.Deleted = true;
        Nodes.Remove(node.Id);
    }
}
