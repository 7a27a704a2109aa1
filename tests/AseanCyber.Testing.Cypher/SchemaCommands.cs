namespace AseanCyber.Testing.Cypher;

/// <summary>CREATE CONSTRAINT / INDEX / FULLTEXT INDEX and DROP: recorded; uniqueness constraints are enforced by the writes.</summary>
internal static class SchemaCommands
{
    public static void Apply(SchemaCommand command, ExecutionContext ctx)
    {
        var schema = ctx.Graph.Schema;
        if (command.Kind is SchemaKind.DropConstraint or SchemaKind.DropIndex)
        {
            var wanted = command.Kind == SchemaKind.DropConstraint ? SchemaKind.UniqueConstraint : SchemaKind.Index;
            var rule = schema.FirstOrDefault(r => r.Name == command.Name && (r.Kind == wanted || (wanted == SchemaKind.Index && r.Kind == SchemaKind.FulltextIndex)));
            if (rule is null)
            {
                if (command.IfNotExists)
                {
                    return;
                }

                throw new CypherException(
                    command.Kind == SchemaKind.DropConstraint ? "Neo.ClientError.Schema.ConstraintDropFailed" : "Neo.ClientError.Schema.IndexDropFailed",
                    $"Unable to drop {(command.Kind == SchemaKind.DropConstraint ? "constraint" : "index")} `{command.Name}`: No such schema rule exists.");
            }

            schema.Remove(rule);
            if (rule.Kind == SchemaKind.UniqueConstraint)
            {
                ctx.ConstraintsRemoved++;
            }
            else
            {
                ctx.IndexesRemoved++;
            }

            return;
        }

        var name = command.Name ?? $"{command.Kind}_{command.LabelOrType}_{string.Join("_", command.Properties)}".ToLowerInvariant();
        var candidate = new SchemaRule(
            name,
            command.Kind,
            command.ForRelationship,
            command.LabelOrType!,
            command.Properties,
            command.Kind == SchemaKind.FulltextIndex ? command.Analyzer ?? FulltextIndexes.DefaultAnalyzer : null);
        if (command.Kind == SchemaKind.UniqueConstraint && command.ForRelationship)
        {
            throw CypherException.NotSupported("Relationship uniqueness constraints");
        }

        var sameName = schema.FirstOrDefault(r => r.Name == name);
        var sameDefinition = schema.FirstOrDefault(r => r.SameDefinition(candidate));
        if (sameName is not null || sameDefinition is not null)
        {
            if (command.IfNotExists)
            {
                return;
            }

            throw sameDefinition is not null
                ? new CypherException(CypherException.EquivalentSchemaRuleAlreadyExists, $"An equivalent {(command.Kind == SchemaKind.UniqueConstraint ? "constraint" : "index")} already exists: `{sameDefinition.Name}`.")
                : new CypherException(
                    command.Kind == SchemaKind.UniqueConstraint ? "Neo.ClientError.Schema.ConstraintWithNameAlreadyExists" : "Neo.ClientError.Schema.IndexWithNameAlreadyExists",
                    $"There already exists a schema rule called `{name}`.");
        }

        if (command.Kind == SchemaKind.UniqueConstraint)
        {
            var seen = new HashSet<IReadOnlyList<object?>>(Values.RowEquivalence);
            foreach (var node in ctx.Graph.Nodes.Values.Where(n => n.Labels.Contains(candidate.LabelOrType)))
            {
                if (candidate.Properties.All(node.Properties.ContainsKey) && !seen.Add([.. candidate.Properties.Select(p => node.Properties[p])]))
                {
                    throw new CypherException(
                        CypherException.ConstraintCreationFailed,
                        $"Unable to create Constraint( name='{name}', type='UNIQUENESS' ): existing nodes with label `{candidate.LabelOrType}` share a value of {string.Join(", ", candidate.Properties)}.");
                }
            }

            ctx.ConstraintsAdded++;
        }
        else
        {
            ctx.IndexesAdded++;
        }

        schema.Add(candidate);
    }
}
