using GraphQL.Validation;
using GraphQLParser.AST;

namespace AseanCyber.GraphQL.Http.Validation;

/// <summary>
/// Rejects operations nested deeper than the limit. Operations that select only introspection fields are exempt:
/// the standard introspection query is 15 levels deep and every IDE sends it. Each fragment's depth is computed once,
/// so a document whose fragments spread each other many times costs no more than its length.
/// </summary>
public sealed class MaxDepthRule(int maxDepth) : ValidationRuleBase
{
    public const string Code = "MAX_DEPTH_EXCEEDED";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation is not null)
        {
            var walker = new Walker(context.Document);
            if (!walker.IsIntrospectionOnly(operation.SelectionSet))
            {
                var depth = walker.Depth(operation.SelectionSet);
                if (depth > maxDepth)
                {
                    context.ReportError(new ValidationError($"The operation is nested {depth} levels deep; the limit is {maxDepth}. Split it into smaller queries.")
                    {
                        Code = Code,
                    });
                }
            }
        }

        return default;
    }

    private sealed class Walker(GraphQLDocument document)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .DistinctBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);

        private readonly Dictionary<string, int> _depths = new(StringComparer.Ordinal);
        private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
        private readonly HashSet<string> _introspectionVisited = new(StringComparer.Ordinal);

        public int Depth(GraphQLSelectionSet? set)
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
                    GraphQLField field => 1 + Depth(field.SelectionSet),
                    GraphQLInlineFragment inline => Depth(inline.SelectionSet),
                    GraphQLFragmentSpread spread => FragmentDepth(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
                max = Math.Max(max, depth);
            }

            return max;
        }

        // Fragment cycles are reported by validation; here a fragment already being measured adds nothing.
        private int FragmentDepth(string name)
        {
            if (_depths.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!_fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
            {
                return 0;
            }

            var depth = Depth(fragment.SelectionSet);
            _inProgress.Remove(name);
            _depths[name] = depth;
            return depth;
        }

        public bool IsIntrospectionOnly(GraphQLSelectionSet set) =>
            set.Selections.All(selection => selection switch
            {
                GraphQLField field => field.Name.StringValue.StartsWith("__", StringComparison.Ordinal),
                GraphQLInlineFragment inline => IsIntrospectionOnly(inline.SelectionSet),
                // A fragment seen before was judged then: had it not been introspection-only, the walk would have stopped.
                GraphQLFragmentSpread spread => !_introspectionVisited.Add(spread.FragmentName.Name.StringValue)
                    || (_fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) && IsIntrospectionOnly(fragment.SelectionSet)),
                _ => false,
            });
    }
}
