namespace AseanCyber.Testing.Cypher;

// ---- expressions ------------------------------------------------------------------------------------------------------
// Expressions are classes (reference identity), so an aggregate call can key its per-group value.

internal abstract class Expr;

internal sealed class Literal(object? value) : Expr
{
    public object? Value { get; } = value;
}

internal sealed class Parameter(string name) : Expr
{
    public string Name { get; } = name;
}

internal sealed class Variable(string name) : Expr
{
    public string Name { get; } = name;
}

internal sealed class PropertyAccess(Expr target, string key) : Expr
{
    public Expr Target { get; } = target;

    public string Key { get; } = key;
}

internal sealed class IndexAccess(Expr target, Expr index) : Expr
{
    public Expr Target { get; } = target;

    public Expr Index { get; } = index;
}

internal sealed class SliceAccess(Expr target, Expr? from, Expr? to) : Expr
{
    public Expr Target { get; } = target;

    public Expr? From { get; } = from;

    public Expr? To { get; } = to;
}

internal sealed class ListLiteral(IReadOnlyList<Expr> items) : Expr
{
    public IReadOnlyList<Expr> Items { get; } = items;
}

internal sealed class MapLiteral(IReadOnlyList<KeyValuePair<string, Expr>> entries) : Expr
{
    public IReadOnlyList<KeyValuePair<string, Expr>> Entries { get; } = entries;
}

internal sealed class Unary(string op, Expr operand) : Expr
{
    public string Op { get; } = op;

    public Expr Operand { get; } = operand;
}

/// <summary>Arithmetic, boolean, comparison and string/list predicates: <see cref="Op"/> is the upper-cased operator.</summary>
internal sealed class Binary(string op, Expr left, Expr right) : Expr
{
    public string Op { get; } = op;

    public Expr Left { get; } = left;

    public Expr Right { get; } = right;
}

internal sealed class IsNull(Expr operand, bool negated) : Expr
{
    public Expr Operand { get; } = operand;

    public bool Negated { get; } = negated;
}

internal sealed class HasLabels(Expr target, IReadOnlyList<string> labels) : Expr
{
    public Expr Target { get; } = target;

    public IReadOnlyList<string> Labels { get; } = labels;
}

internal sealed class FunctionCall(string name, bool distinct, IReadOnlyList<Expr> arguments) : Expr
{
    /// <summary>The name as written (functions are case-insensitive; namespaced names keep their dots).</summary>
    public string Name { get; } = name;

    public bool Distinct { get; } = distinct;

    public IReadOnlyList<Expr> Arguments { get; } = arguments;

    public bool IsAggregate => Functions.IsAggregate(Name);
}

internal sealed class CountStar : Expr;

internal sealed class CaseExpr(Expr? subject, IReadOnlyList<(Expr When, Expr Then)> alternatives, Expr? otherwise) : Expr
{
    public Expr? Subject { get; } = subject;

    public IReadOnlyList<(Expr When, Expr Then)> Alternatives { get; } = alternatives;

    public Expr? Otherwise { get; } = otherwise;
}

internal sealed class ListComprehension(string variable, Expr source, Expr? where, Expr? projection) : Expr
{
    public string Variable { get; } = variable;

    public Expr Source { get; } = source;

    public Expr? Where { get; } = where;

    public Expr? Projection { get; } = projection;
}

/// <summary><c>reduce(accumulator = initial, variable IN source | expression)</c>.</summary>
internal sealed class Reduce(string accumulator, Expr initial, string variable, Expr source, Expr expression) : Expr
{
    public string Accumulator { get; } = accumulator;

    public Expr Initial { get; } = initial;

    public string Variable { get; } = variable;

    public Expr Source { get; } = source;

    public Expr Expression { get; } = expression;
}

/// <summary><c>all</c>, <c>any</c>, <c>none</c>, <c>single</c>.</summary>
internal sealed class Quantifier(string kind, string variable, Expr source, Expr where) : Expr
{
    public string Kind { get; } = kind;

    public string Variable { get; } = variable;

    public Expr Source { get; } = source;

    public Expr Where { get; } = where;
}

internal sealed class PatternComprehension(PatternPart pattern, Expr? where, Expr projection) : Expr
{
    public PatternPart Pattern { get; } = pattern;

    public Expr? Where { get; } = where;

    public Expr Projection { get; } = projection;
}

/// <summary>A bare pattern used as a predicate (<c>WHERE (a)--&gt;(b)</c>).</summary>
internal sealed class PatternPredicate(PatternPart pattern) : Expr
{
    public PatternPart Pattern { get; } = pattern;
}

/// <summary><c>EXISTS { ... }</c>, <c>COUNT { ... }</c>, <c>COLLECT { ... }</c>: the inner query sees every outer variable.</summary>
internal sealed class SubqueryExpr(string kind, Query query) : Expr
{
    public string Kind { get; } = kind;

    public Query Query { get; } = query;
}

// ---- patterns ---------------------------------------------------------------------------------------------------------

internal enum Direction
{
    Outgoing,
    Incoming,
    Both,
}

internal sealed record NodePattern(string? Variable, IReadOnlyList<string> Labels, Expr? Properties, Expr? Where);

internal sealed record RelPattern(
    string? Variable,
    IReadOnlyList<string> Types,
    Direction Direction,
    Expr? Properties,
    Expr? Where,
    bool VariableLength,
    long MinHops,
    long? MaxHops);

internal enum PathSelector
{
    All,
    Shortest,
    AllShortest,

    /// <summary><c>SHORTEST k GROUPS</c>: every path whose length is among the k shortest lengths.</summary>
    ShortestGroups,
}

/// <summary>A chain of nodes and relationships: <c>Nodes.Count == Relationships.Count + 1</c>.</summary>
internal sealed record PatternPart(string? PathVariable, IReadOnlyList<NodePattern> Nodes, IReadOnlyList<RelPattern> Relationships, PathSelector Selector, long Groups = 0);

// ---- clauses ----------------------------------------------------------------------------------------------------------

internal abstract record Clause;

internal sealed record MatchClause(bool Optional, IReadOnlyList<PatternPart> Patterns, Expr? Where) : Clause;

internal sealed record UnwindClause(Expr Source, string Variable) : Clause;

internal sealed record ProjectionItem(Expr Expression, string Name, bool Aliased, string Text);

internal sealed record SortItem(Expr Expression, bool Descending, string Text);

internal sealed record Projection(
    bool Distinct,
    bool Star,
    IReadOnlyList<ProjectionItem> Items,
    IReadOnlyList<SortItem> OrderBy,
    Expr? Skip,
    Expr? Limit,
    Expr? Where);

internal sealed record WithClause(Projection Projection) : Clause;

internal sealed record ReturnClause(Projection Projection) : Clause;

/// <summary>A subquery: <see cref="Imports"/> null for the old <c>CALL { WITH x ... }</c> form.</summary>
internal sealed record CallClause(IReadOnlyList<string>? Imports, bool ImportAll, Query Query, bool Optional) : Clause;

/// <summary><c>CALL name(arguments) YIELD field [AS variable], ... [WHERE ...]</c>: a procedure call inside a query.</summary>
internal sealed record ProcedureCallClause(string Name, IReadOnlyList<Expr> Arguments, IReadOnlyList<(string Field, string Variable)> Yields, Expr? Where) : Clause;

internal sealed record CreateClause(IReadOnlyList<PatternPart> Patterns) : Clause;

internal sealed record MergeClause(PatternPart Pattern, IReadOnlyList<SetItem> OnCreate, IReadOnlyList<SetItem> OnMatch) : Clause;

internal sealed record SetClause(IReadOnlyList<SetItem> Items) : Clause;

internal sealed record RemoveClause(IReadOnlyList<SetItem> Items) : Clause;

internal sealed record DeleteClause(bool Detach, IReadOnlyList<Expr> Targets) : Clause;

internal sealed record ForeachClause(string Variable, Expr Source, IReadOnlyList<Clause> Body) : Clause;

internal abstract record SetItem;

/// <summary><c>target.key = value</c> (and, for REMOVE, <c>target.key</c>).</summary>
internal sealed record SetProperty(Expr Target, string Key, Expr? Value) : SetItem;

/// <summary><c>n = map</c> or <c>n += map</c>.</summary>
internal sealed record SetAllProperties(string Variable, Expr Value, bool Merge) : SetItem;

internal sealed record SetLabels(string Variable, IReadOnlyList<string> Labels) : SetItem;

// ---- statements -------------------------------------------------------------------------------------------------------

internal abstract record Statement;

/// <summary>Single queries joined by UNION (all the same kind: <see cref="All"/>).</summary>
internal sealed record Query(IReadOnlyList<IReadOnlyList<Clause>> Parts, bool All) : Statement
{
    public bool IsUpdating => Parts.Any(p => p.Any(Clauses.IsUpdating));
}

internal enum SchemaKind
{
    UniqueConstraint,
    Index,
    FulltextIndex,
    DropConstraint,
    DropIndex,
}

internal sealed record SchemaCommand(
    SchemaKind Kind,
    string? Name,
    bool IfNotExists,
    bool ForRelationship,
    string? LabelOrType,
    IReadOnlyList<string> Properties,
    string? Analyzer = null) : Statement;

internal static class Clauses
{
    public static bool IsUpdating(Clause clause) => clause switch
    {
        CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause => true,
        CallClause call => call.Query.IsUpdating,
        _ => false,
    };
}
