using AseanCyber.Graph.Model;

namespace AseanCyber.Api.Export;

/// <summary>
/// The type of an exported property. GraphML declares it as the key's <c>attr.type</c> (a list as a JSON array in a
/// <c>string</c>), CSV writes it as a cell, Cypher as a literal of that type (a list as a list).
/// </summary>
public enum ExportValueType
{
    String,
    Int,
    Double,
    Boolean,
    StringList,
}

/// <summary>A property every format writes under this name (Neo4j's property key) with this type.</summary>
public sealed record ExportColumn(string Name, ExportValueType Type);

/// <summary>A node or relationship type of the export: its name (a Neo4j label or relationship type) and its properties.</summary>
public abstract class ExportElementType(string name)
{
    private readonly List<ExportColumn> _columns = [];

    public string Name { get; } = name;

    public IReadOnlyList<ExportColumn> Columns => _columns;

    protected void AddColumn(ExportColumn column)
    {
        if (_columns.Exists(c => c.Name == column.Name))
        {
            throw new InvalidOperationException($"{Name} maps the property '{column.Name}' twice.");
        }

        _columns.Add(column);
    }
}

/// <summary>One node to write: its type, id, display text (<c>label</c> in GraphML and CSV), extra Neo4j label, and values in column order.</summary>
public sealed record ExportNode(ExportNodeType Type, string Id, string Label, string? ExtraLabel, IReadOnlyList<object?> Values);

/// <summary>One relationship to write, from <see cref="SourceId"/> to <see cref="TargetId"/>, with its values in column order.</summary>
public sealed record ExportEdge(ExportRelationshipType Type, string SourceId, string TargetId, IReadOnlyList<object?> Values);

public abstract class ExportNodeType(string label) : ExportElementType(label);

/// <summary>A relationship type, with the labels of its ends (the Cypher script matches them by id under these labels).</summary>
public abstract class ExportRelationshipType(string type, string sourceLabel, string targetLabel) : ExportElementType(type)
{
    public string SourceLabel { get; } = sourceLabel;

    public string TargetLabel { get; } = targetLabel;
}

/// <summary>
/// How a model node becomes an <see cref="ExportNode"/>: one line per property, in the order every format writes them.
/// </summary>
public sealed class NodeExport<TNode>(string label, Func<TNode, string> display, Func<TNode, string?>? extraLabel = null) : ExportNodeType(label)
    where TNode : INode
{
    private readonly List<Func<TNode, object?>> _readers = [];

    public NodeExport<TNode> Text(string name, Func<TNode, string?> read) => Add(name, ExportValueType.String, n => read(n));

    public NodeExport<TNode> Int(string name, Func<TNode, int?> read) => Add(name, ExportValueType.Int, n => read(n));

    public NodeExport<TNode> List(string name, Func<TNode, IReadOnlyList<string>> read) => Add(name, ExportValueType.StringList, n => read(n));

    public ExportNode Node(TNode node) => new(this, node.Id, display(node), extraLabel?.Invoke(node), [.. _readers.Select(r => r(node))]);

    private NodeExport<TNode> Add(string name, ExportValueType type, Func<TNode, object?> read)
    {
        AddColumn(new ExportColumn(name, type));
        _readers.Add(read);
        return this;
    }
}

/// <summary>
/// How a link of the model becomes an <see cref="ExportEdge"/>: one line per property. A link's position among its
/// entry's links of that type is the <c>ordinal</c> (<see cref="Ordinal"/>), as the Neo4j adapter stores it.
/// </summary>
public sealed class RelationshipExport<TLink>(string type, string sourceLabel, string targetLabel)
    : ExportRelationshipType(type, sourceLabel, targetLabel)
{
    private readonly List<Func<TLink, int, object?>> _readers = [];

    public RelationshipExport<TLink> Text(string name, Func<TLink, string?> read) => Add(name, ExportValueType.String, (l, _) => read(l));

    public RelationshipExport<TLink> Int(string name, Func<TLink, int?> read) => Add(name, ExportValueType.Int, (l, _) => read(l));

    public RelationshipExport<TLink> Double(string name, Func<TLink, double?> read) => Add(name, ExportValueType.Double, (l, _) => read(l));

    public RelationshipExport<TLink> Boolean(string name, Func<TLink, bool?> read) => Add(name, ExportValueType.Boolean, (l, _) => read(l));

    public RelationshipExport<TLink> List(string name, Func<TLink, IReadOnlyList<string>> read) => Add(name, ExportValueType.StringList, (l, _) => read(l));

    public RelationshipExport<TLink> Ordinal() => Add("ordinal", ExportValueType.Int, (_, ordinal) => ordinal);

    public ExportEdge Edge(string sourceId, string targetId, TLink link, int ordinal = 0) =>
        new(this, sourceId, targetId, [.. _readers.Select(r => r(link, ordinal))]);

    private RelationshipExport<TLink> Add(string name, ExportValueType type, Func<TLink, int, object?> read)
    {
        AddColumn(new ExportColumn(name, type));
        _readers.Add(read);
        return this;
    }
}
