using GraphQLParser.AST;

namespace AseanCyber.GraphQL.Http.Documents;

/// <summary>
/// Counts the selections (fields and fragment spreads) each operation and fragment has once its fragments are expanded,
/// computing each fragment's count once: a document whose fragments each spread the next one twice doubles its expanded
/// size per fragment, which validation and complexity analysis pay for in full, so it is refused here in linear time.
/// </summary>
internal static class SelectionBudget
{
    public static void Check(GraphQLDocument document, int maxFragments, int maxSelections)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        if (fragments.Count > maxFragments)
        {
            throw new DocumentLimitError(
                LimitedDocumentBuilder.MaxFragmentsCode,
                $"The document defines {fragments.Count} fragments; the limit is {maxFragments}.");
        }

        var counter = new Counter(fragments, maxSelections + 1L);
        foreach (var definition in document.Definitions)
        {
            var (name, count) = definition switch
            {
                GraphQLOperationDefinition operation => (operation.Name?.StringValue ?? "the operation", counter.Count(operation.SelectionSet)),
                GraphQLFragmentDefinition fragment => ($"fragment {fragment.FragmentName.Name.StringValue}", counter.FragmentCount(fragment.FragmentName.Name.StringValue)),
                _ => (null, 0),
            };
            if (count > maxSelections)
            {
                throw new DocumentLimitError(
                    LimitedDocumentBuilder.MaxSelectionsCode,
                    $"{Capitalized(name!)} selects more than {maxSelections} fields and fragments once its fragments are expanded, the limit. Split it into smaller queries.");
            }
        }
    }

    private static string Capitalized(string text) => text.StartsWith("the ", StringComparison.Ordinal) ? "The " + text[4..] : "Operation " + text;

    private sealed class Counter(Dictionary<string, GraphQLFragmentDefinition> fragments, long cap)
    {
        private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

        public long Count(GraphQLSelectionSet? set)
        {
            if (set is null)
            {
                return 0;
            }

            long total = 0;
            foreach (var selection in set.Selections)
            {
                total += selection switch
                {
                    GraphQLField field => 1 + Count(field.SelectionSet),
                    GraphQLInlineFragment inline => Count(inline.SelectionSet),
                    GraphQLFragmentSpread spread => 1 + FragmentCount(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };

                // Saturate: past the cap the exact count no longer matters, and it could overflow.
                if (total >= cap)
                {
                    return cap;
                }
            }

            return total;
        }

        public long FragmentCount(string name)
        {
            if (_counts.TryGetValue(name, out var known))
            {
                return known;
            }

            // A cycle or an unknown fragment: validation reports it; here it adds nothing.
            if (!fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
            {
                return 0;
            }

            var count = Count(fragment.SelectionSet);
            _inProgress.Remove(name);
            _counts[name] = count;
            return count;
        }
    }
}
