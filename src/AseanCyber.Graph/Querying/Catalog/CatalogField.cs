namespace AseanCyber.Graph.Querying.Catalog;

/// <summary>What a field holds, which decides its GraphQL operations and how each adapter compiles them.</summary>
public enum FieldKind
{
    /// <summary>A global id: eq, neq, in, nin.</summary>
    Id,

    /// <summary>Text: the exact operations plus contains, startsWith, endsWith and their negations.</summary>
    String,

    /// <summary>An integer: the exact operations plus gt, gte, lt, lte.</summary>
    Int,

    /// <summary>A model enum (<see cref="CatalogField.EnumType"/>): eq, neq, in, nin.</summary>
    Enum,

    /// <summary>One related node (<see cref="CatalogField.Target"/>), filtered with its own fields.</summary>
    Object,

    /// <summary>Related nodes (<see cref="CatalogField.Target"/>), filtered with some, all, none and any.</summary>
    List,
}

/// <summary>Whether a field may appear in a filter, in a sort, or in both.</summary>
[Flags]
public enum FieldUse
{
    Filter = 1,
    Sort = 2,
    FilterAndSort = Filter | Sort,
}

/// <summary>
/// One filterable or sortable field of a node type, declared once in its <see cref="NodeCatalog"/>: the GraphQL input types,
/// the embedded graph's predicates and comparers and the Neo4j adapter's Cypher are all derived from it.
/// </summary>
public abstract class CatalogField
{
    private protected CatalogField(string name, FieldKind kind, FieldUse use, string? description)
    {
        Name = name;
        Kind = kind;
        Use = use;
        Description = description;
    }

    /// <summary>The name in GraphQL input and in every <see cref="Filter"/> and <see cref="SortField"/>.</summary>
    public string Name { get; }

    public FieldKind Kind { get; }

    public FieldUse Use { get; }

    public string? Description { get; }

    public bool Filterable => Use.HasFlag(FieldUse.Filter);

    public bool Sortable => Use.HasFlag(FieldUse.Sort);

    /// <summary>Whether the value may be missing (then <c>eq: null</c> matches it).</summary>
    public bool IsNullable { get; private protected init; }

    /// <summary>The model enum of an <see cref="FieldKind.Enum"/> field.</summary>
    public virtual Type? EnumType => null;

    /// <summary>The catalog of the related node(s) of an <see cref="FieldKind.Object"/> or <see cref="FieldKind.List"/> field.</summary>
    public virtual NodeCatalog? Target => null;

    /// <summary>
    /// Neo4j: the node or relationship property of a scalar; for a relation, patterns that format (outer variable, inner
    /// variable) into a MATCH binding the related element, or an expression of the outer variable that is the related node.
    /// </summary>
    public string? CypherProperty { get; private protected init; }

    public IReadOnlyList<string> CypherPatterns { get; private protected init; } = [];

    public string? CypherExpression { get; private protected init; }

    public override string ToString() => Name;

    /// <summary>Lets a field stand where a filter or sort names it: <c>new FieldFilter(EntryFields.Kind, ...)</c>.</summary>
    public static implicit operator string(CatalogField field) => field?.Name ?? throw new ArgumentNullException(nameof(field));
}

/// <summary>A field of nodes of type <typeparamref name="T"/>, with how to read it from the model.</summary>
public abstract class CatalogField<T> : CatalogField
{
    private protected CatalogField(string name, FieldKind kind, FieldUse use, string? description)
        : base(name, kind, use, description)
    {
    }

    internal abstract TResult Accept<TResult>(ICatalogFieldVisitor<T, TResult> visitor);
}

/// <summary>How the adapters derive their own form of a field (a predicate, a comparer, Cypher) knowing its CLR types.</summary>
internal interface ICatalogFieldVisitor<T, TResult>
{
    TResult Text(TextField<T> field);

    TResult Int(IntField<T> field);

    TResult Enum<TEnum>(EnumField<T, TEnum> field)
        where TEnum : struct, Enum;

    TResult Object<TInner>(ObjectField<T, TInner> field)
        where TInner : class;

    TResult List<TElement>(ListField<T, TElement> field);
}

/// <summary>An id or string field.</summary>
public sealed class TextField<T> : CatalogField<T>
{
    internal TextField(string name, FieldKind kind, FieldUse use, string? description, Func<T, string?> read, string property, bool nullable)
        : base(name, kind, use, description)
    {
        Read = read;
        CypherProperty = property;
        IsNullable = nullable;
    }

    public Func<T, string?> Read { get; }

    internal override TResult Accept<TResult>(ICatalogFieldVisitor<T, TResult> visitor) => visitor.Text(this);
}

public sealed class IntField<T> : CatalogField<T>
{
    internal IntField(string name, FieldUse use, string? description, Func<T, int?> read, string property)
        : base(name, FieldKind.Int, use, description)
    {
        Read = read;
        CypherProperty = property;
        IsNullable = true;
    }

    public Func<T, int?> Read { get; }

    internal override TResult Accept<TResult>(ICatalogFieldVisitor<T, TResult> visitor) => visitor.Int(this);
}

/// <summary>A model enum, stored in Neo4j as its GraphQL name (MEETING, IN_PROGRESS) and sorted by declaration order.</summary>
public sealed class EnumField<T, TEnum> : CatalogField<T>
    where TEnum : struct, Enum
{
    internal EnumField(string name, FieldUse use, string? description, Func<T, TEnum?> read, string property, bool nullable)
        : base(name, FieldKind.Enum, use, description)
    {
        Read = read;
        CypherProperty = property;
        IsNullable = nullable;
    }

    public Func<T, TEnum?> Read { get; }

    public override Type EnumType => typeof(TEnum);

    internal override TResult Accept<TResult>(ICatalogFieldVisitor<T, TResult> visitor) => visitor.Enum(this);
}

/// <summary>One related node, such as an entry's profile or a place's country.</summary>
public sealed class ObjectField<T, TInner> : CatalogField<T>
    where TInner : class
{
    internal ObjectField(string name, string? description, Func<T, TInner?> read, NodeCatalog<TInner> inner, string? pattern, string? expression)
        : base(name, FieldKind.Object, FieldUse.Filter, description)
    {
        Read = read;
        Inner = inner;
        CypherPatterns = pattern is null ? [] : [pattern];
        CypherExpression = expression;
        IsNullable = expression is null;
    }

    public Func<T, TInner?> Read { get; }

    public NodeCatalog<TInner> Inner { get; }

    public override NodeCatalog Target => Inner;

    internal override TResult Accept<TResult>(ICatalogFieldVisitor<T, TResult> visitor) => visitor.Object(this);
}

/// <summary>Related nodes (or relationships, for involvements); an element matches when any of the Cypher patterns binds it.</summary>
public sealed class ListField<T, TElement> : CatalogField<T>
{
    internal ListField(string name, string? description, Func<T, IReadOnlyList<TElement>> read, NodeCatalog<TElement> element, string[] patterns)
        : base(name, FieldKind.List, FieldUse.Filter, description)
    {
        Read = read;
        Element = element;
        CypherPatterns = patterns;
    }

    public Func<T, IReadOnlyList<TElement>> Read { get; }

    public NodeCatalog<TElement> Element { get; }

    public override NodeCatalog Target => Element;

    internal override TResult Accept<TResult>(ICatalogFieldVisitor<T, TResult> visitor) => visitor.List(this);
}
