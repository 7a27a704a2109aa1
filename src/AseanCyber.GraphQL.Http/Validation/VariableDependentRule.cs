using GraphQL.Validation;

namespace AseanCyber.GraphQL.Http.Validation;

/// <summary>
/// Runs <paramref name="inner"/> on a cached document only when its operation declares variables. A cached document
/// already passed the rule when it was first validated, and without variables its answer (complexity, say) cannot change.
/// </summary>
public sealed class VariableDependentRule(IValidationRule inner) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        HasVariables(context) ? inner.GetPreNodeVisitorAsync(context) : default;

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) =>
        HasVariables(context) ? inner.GetVariableVisitorAsync(context) : default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        HasVariables(context) ? inner.GetPostNodeVisitorAsync(context) : default;

    private static bool HasVariables(ValidationContext context) => context.Operation.Variables is { Items.Count: > 0 };
}
