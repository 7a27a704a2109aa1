namespace AseanCyber.Testing.Cypher;

/// <summary>CREATE, MERGE, SET, REMOVE, DELETE, with uniqueness constraints checked as each write happens.</summary>
internal sealed partial class Executor
{
    private List<Row> ApplyCreate(CreateClause c, List<Row> rows, Scope scope)
    {
        var result = new List<Row>();
        foreach (var row in rows)
        {
            var current = row;
            foreach (var part in c.Patterns)
            {
                current = CreatePart(part, current);
            }

            result.Add(current);
        }

        foreach (var name in PatternVariables(c.Patterns))
        {
            scope.Add(name);
        }

        return result;
    }

    /// <summary>Creates what <paramref name="part"/> describes; variables already bound in <paramref name="row"/> are used, not created.</summary>
    private Row CreatePart(PatternPart part, Row row)
    {
        if (part.Selector != PathSelector.All)
        {
            throw CypherException.Syntax("shortestPath(...) cannot be used to create a path.");
        }

        var values = new Dictionary<string, object?>(row.Values, StringComparer.Ordinal);
        var nodes = new List<NodeEntity>();
        foreach (var np in part.Nodes)
        {
            if (np.Variable is { } v && values.TryGetValue(v, out var existing))
            {
                if (np.Labels.Count > 0 || np.Properties is not null)
                {
                    throw CypherException.Syntax($"Can't create node `{v}` with labels or properties here. The variable is already declared in this context");
                }

                nodes.Add(existing as NodeEntity ?? throw (existing is null
                    ? new CypherException(CypherException.SemanticError, $"Failed to create relationship, node `{v}` is null")
                    : CypherException.Type($"Expected `{v}` to be a node but it was {Values.Describe(existing)}")));
                continue;
            }

            if (np.Where is not null)
            {
                throw CypherException.Syntax("WHERE is not allowed in a CREATE pattern.");
            }

            var node = _ctx.Graph.CreateNode();
            _ctx.NodesCreated++;
            foreach (var label in np.Labels.Distinct(StringComparer.Ordinal))
            {
                node.Labels.Add(label);
                _ctx.LabelsAdded++;
            }

            SetProperties(node.Properties, PropertyMap(np.Properties, new Row(values)));
            CheckConstraints(node);
            if (np.Variable is { } name)
            {
                values[name] = node;
            }

            nodes.Add(node);
        }

        var rels = new List<RelEntity>();
        for (var i = 0; i < part.Relationships.Count; i++)
        {
            var rp = part.Relationships[i];
            if (rp.Types.Count != 1 || rp.VariableLength || rp.Direction == Direction.Both || rp.Where is not null)
            {
                throw CypherException.Syntax("A relationship to create needs exactly one type and a direction, and no length or WHERE.");
            }

            if (rp.Variable is { } v && values.ContainsKey(v))
            {
                throw CypherException.Syntax($"Can't create relationship `{v}`: the variable is already declared in this context");
            }

            var (start, end) = rp.Direction == Direction.Outgoing ? (nodes[i], nodes[i + 1]) : (nodes[i + 1], nodes[i]);
            var rel = _ctx.Graph.CreateRelationship(rp.Types[0], start, end);
            _ctx.RelationshipsCreated++;
            SetProperties(rel.Properties, PropertyMap(rp.Properties, new Row(values)));
            if (rp.Variable is { } name)
            {
                values[name] = rel;
            }

            rels.Add(rel);
        }

        if (part.PathVariable is { } path)
        {
            values[path] = new PathValue(nodes, rels);
        }

        return new Row(values);
    }

    private Dictionary<string, object?> PropertyMap(Expr? properties, Row row) => properties is null
        ? []
        : Evaluate(properties, row) switch
        {
            Dictionary<string, object?> m => m,
            var other => throw CypherException.Type($"Expected a map of properties but got {Values.Describe(other)}"),
        };

    private void SetProperties(Dictionary<string, object?> target, Dictionary<string, object?> values)
    {
        foreach (var (key, value) in values)
        {
            if (Values.ToPropertyValue(value, key) is { } stored)
            {
                target[key] = stored;
                _ctx.PropertiesSet++;
            }
        }
    }

    private List<Row> ApplyMerge(MergeClause m, List<Row> rows, Scope scope)
    {
        var result = new List<Row>();
        foreach (var row in rows)
        {
            foreach (var (np, i) in m.Pattern.Nodes.Select((n, i) => (n, i)))
            {
                if (np.Variable is { } v && row.Has(v))
                {
                    continue;
                }

                foreach (var (key, value) in PropertyMap(np.Properties, row))
                {
                    if (value is null)
                    {
                        throw new CypherException(
                            CypherException.SemanticError,
                            $"Cannot merge the following node because of null property value for '{key}': ({np.Variable ?? "node" + i}{string.Concat(np.Labels.Select(l => ":" + l))} {{{key}: null}})");
                    }
                }
            }

            foreach (var rp in m.Pattern.Relationships)
            {
                if (rp.VariableLength)
                {
                    throw CypherException.Syntax("Variable length relationships cannot be used in MERGE");
                }

                if (PropertyMap(rp.Properties, row).FirstOrDefault(p => p.Value is null) is { Key: { } key })
                {
                    throw new CypherException(CypherException.SemanticError, $"Cannot merge the following relationship because of null property value for '{key}'");
                }
            }

            var matches = MatchParts([m.Pattern], row, null).ToList();
            if (matches.Count > 0)
            {
                foreach (var match in matches)
                {
                    foreach (var item in m.OnMatch)
                    {
                        ApplySet(item, match);
                    }

                    result.Add(match);
                }

                continue;
            }

            var created = CreatePart(m.Pattern with { Relationships = [.. m.Pattern.Relationships.Select(r => r.Direction == Direction.Both ? r with { Direction = Direction.Outgoing } : r)] }, row);
            foreach (var item in m.OnCreate)
            {
                ApplySet(item, created);
            }

            result.Add(created);
        }

        foreach (var name in PatternVariables([m.Pattern]))
        {
            scope.Add(name);
        }

        return result;
    }

    private void ApplySet(SetItem item, Row row)
    {
        switch (item)
        {
            case SetProperty sp:
                {
                    var target = Evaluate(sp.Target, row);
                    var value = Evaluate(sp.Value!, row);
                    var properties = Properties(target, "set a property on");
                    if (properties is null)
                    {
                        return;
                    }

                    if (Values.ToPropertyValue(value, sp.Key) is { } stored)
                    {
                        properties[sp.Key] = stored;
                        _ctx.PropertiesSet++;
                    }
                    else if (properties.Remove(sp.Key))
                    {
                        _ctx.PropertiesSet++;
                    }

                    if (target is NodeEntity n)
                    {
                        CheckConstraints(n);
                    }

                    return;
                }

            case SetAllProperties sa:
                {
                    var target = Evaluate(new Variable(sa.Variable), row);
                    var properties = Properties(target, "set properties on");
                    if (properties is null)
                    {
                        return;
                    }

                    var map = Evaluate(sa.Value, row) switch
                    {
                        null => [],
                        Dictionary<string, object?> m => m,
                        NodeEntity n => new Dictionary<string, object?>(n.Properties, StringComparer.Ordinal),
                        RelEntity r => new Dictionary<string, object?>(r.Properties, StringComparer.Ordinal),
                        var other => throw CypherException.Type($"Expected a map but was {Values.Describe(other)}"),
                    };
                    var converted = map.ToDictionary(p => p.Key, p => Values.ToPropertyValue(p.Value, p.Key), StringComparer.Ordinal);
                    if (!sa.Merge)
                    {
                        foreach (var key in properties.Keys.Where(k => !converted.ContainsKey(k)).ToList())
                        {
                            properties.Remove(key);
                            _ctx.PropertiesSet++;
                        }
                    }

                    foreach (var (key, value) in converted)
                    {
                        if (value is null)
                        {
                            if (properties.Remove(key))
                            {
                                _ctx.PropertiesSet++;
                            }
                        }
                        else
                        {
                            properties[key] = value;
                            _ctx.PropertiesSet++;
                        }
                    }

                    if (target is NodeEntity node)
                    {
                        CheckConstraints(node);
                    }

                    return;
                }

            case SetLabels sl:
                {
                    switch (Evaluate(new Variable(sl.Variable), row))
                    {
                        case null:
                            return;
                        case NodeEntity node:
                            foreach (var label in sl.Labels.Where(l => !node.Labels.Contains(l)).Distinct(StringComparer.Ordinal))
                            {
                                node.Labels.Add(label);
                                _ctx.LabelsAdded++;
                            }

                            CheckConstraints(node);
                            return;
                        case var other:
                            throw CypherException.Type($"Expected a node to set labels on, but got {Values.Describe(other)}");
                    }
                }

            default:
                throw CypherException.NotSupported("The SET item " + item.GetType().Name);
        }
    }

    private void ApplyRemove(SetItem item, Row row)
    {
        switch (item)
        {
            case SetProperty sp:
                if (Properties(Evaluate(sp.Target, row), "remove a property from") is { } properties && properties.Remove(sp.Key))
                {
                    _ctx.PropertiesSet++;
                }

                return;
            case SetLabels sl:
                switch (Evaluate(new Variable(sl.Variable), row))
                {
                    case null:
                        return;
                    case NodeEntity node:
                        foreach (var label in sl.Labels)
                        {
                            if (node.Labels.Remove(label))
                            {
                                _ctx.LabelsRemoved++;
                            }
                        }

                        return;
                    case var other:
                        throw CypherException.Type($"Expected a node to remove labels from, but got {Values.Describe(other)}");
                }

            default:
                throw CypherException.NotSupported("The REMOVE item " + item.GetType().Name);
        }
    }

    private static Dictionary<string, object?>? Properties(object? target, string what) => target switch
    {
        null => null,
        NodeEntity { Deleted: true } n => throw new CypherException(CypherException.EntityNotFound, $"Node with id {n.Id} has been deleted in this transaction"),
        RelEntity { Deleted: true } r => throw new CypherException(CypherException.EntityNotFound, $"Relationship with id {r.Id} has been deleted in this transaction"),
        NodeEntity n => n.Properties,
        RelEntity r => r.Properties,
        _ => throw CypherException.Type($"Cannot {what} {Values.Describe(target)}: expected a node or a relationship"),
    };

    private void Delete(object? target, bool detach)
    {
        switch (target)
        {
            case null:
                return;
            case NodeEntity node:
                if (node.Deleted)
                {
                    return;
                }

                if (detach)
                {
                    foreach (var rel in node.Outgoing.Concat(node.Incoming).ToList())
                    {
                        DeleteRelationship(rel);
                    }
                }
                else
                {
                    _ctx.DeletedNodes.Add(node);
                }

                _ctx.Graph.DeleteNode(node);
                _ctx.NodesDeleted++;
                return;
            case RelEntity rel:
                DeleteRelationship(rel);
                return;
            case PathValue path:
                foreach (var rel in path.Relationships)
                {
                    DeleteRelationship(rel);
                }

                foreach (var node in path.Nodes)
                {
                    Delete(node, detach);
                }

                return;
            default:
                throw CypherException.Type($"Expected a node, a relationship or a path to delete, but got {Values.Describe(target)}");
        }
    }

    private void DeleteRelationship(RelEntity rel)
    {
        if (!rel.Deleted)
        {
            _ctx.Graph.DeleteRelationship(rel);
            _ctx.RelationshipsDeleted++;
        }
    }

    /// <summary>The end-of-statement check Neo4j makes when a node was deleted without DETACH.</summary>
    public void CheckDeletedNodes()
    {
        foreach (var node in _ctx.DeletedNodes)
        {
            if (node.Outgoing.Count > 0 || node.Incoming.Count > 0)
            {
                throw new CypherException(
                    CypherException.ConstraintValidationFailed,
                    $"Cannot delete node<{node.Id}>, because it still has relationships. To delete this node, you must first delete its relationships.");
            }
        }
    }

    private void CheckConstraints(NodeEntity node)
    {
        foreach (var rule in _ctx.Graph.UniqueConstraints)
        {
            if (!node.Labels.Contains(rule.LabelOrType) || rule.Properties.Any(p => !node.Properties.ContainsKey(p)))
            {
                continue;
            }

            var mine = rule.Properties.Select(p => node.Properties[p]).ToList();
            foreach (var other in _ctx.Graph.Nodes.Values)
            {
                if (other.Id != node.Id && other.Labels.Contains(rule.LabelOrType)
                    && rule.Properties.All(p => other.Properties.ContainsKey(p))
                    && Values.Equal(mine, rule.Properties.Select(p => other.Properties[p]).ToList()) == true)
                {
                    throw new CypherException(
                        CypherException.ConstraintValidationFailed,
                        $"Node({other.Id}) already exists with label `{rule.LabelOrType}` and property {string.Join(", ", rule.Properties.Select(p => $"`{p}` = {Values.Describe(other.Properties[p])}"))}");
                }
            }
        }
    }
}
