using GraphQL.Validation;
using GraphQLParser.AST;

namespace AseanCyber.GraphQL.Http.Validation;

/// <summary>
/// Rejects operations nested deeper than the limit. Operations that select only introspection fields are exempt:
/// the standard introspection query is 15 levels deep and every IDE sends it.
/// </summary>
public sealed class MaxDepthRule(int maxDepth) : ValidationRuleBase
{
    public const string Code = "MAX_DEPTH_EXCEEDED";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation is not null && !IsIntrospectionOnly(operation.SelectionSet, context.Document, []))
        {
            var depth = Depth(operation.SelectionSet, context.Document, []);
            if (depth > maxDepth)
            {
                context.ReportError(new ValidationError($"The operation is nested {depth} levels deep; the limit is {maxDepth}. Split it into smaller queries.")
                {
                    Code = Code,
                });
            }
        }

        return default;
    }

    private static int Depth(GraphQLSelectionSet? set, GraphQLDocument document, HashSet<string> visiting)
    {
        if (set is null)
        {
            return 0;
        }

        var max = 0;
        foreach (var selection in set.Selections)
        {
            var depth = selection switch
            {
                GraphQLField field => 1 + Depth(field.SelectionSet, document, visiting),
                GraphQLInlineFragment inline => Depth(inline.SelectionSet, document, visiting),
                GraphQLFragmentSpread spread => SpreadDepth(spread, document, visiting),
                _ => 0,
            };
            max = Math.Max(max, depth);
        }

        return max;
    }

    private static int SpreadDepth(GraphQLFragmentSpread spread, GraphQLDocument document, HashSet<string> visiting)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (!visiting.Add(name) || Fragment(document, name) is not { } fragment)
        {
            return 0;
        }

        var depth = Depth(fragment.SelectionSet, document, visiting);
        visiting.Remove(name);
        return depth;
    }

    private static bool IsIntrospectionOnly(GraphQLSelectionSet set, GraphQLDocument document, HashSet<string> visiting) =>
        set.Selections.All(selection => selection switch
        {
            GraphQLField field => field.Name.StringValue.StartsWith("__", StringComparison.Ordinal),
            GraphQLInlineFragment inline => IsIntrospectionOnly(inline.SelectionSet, document, visiting),
            GraphQLFragmentSpread spread => visiting.Add(spread.FragmentName.Name.StringValue)
                && Fragment(document, spread.FragmentName.Name.StringValue) is { } fragment
                && IsIntrospectionOnly(fragment.SelectionSet, document, visiting),
            _ => false,
        });

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, string name) =>
        document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
}
