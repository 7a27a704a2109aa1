namespace AseanCyber.Graph.Querying.Catalog;

/// <summary>The filterable and sortable fields of one node type, in declaration order (the order of the GraphQL inputs).</summary>
public abstract class NodeCatalog
{
    private protected NodeCatalog(string typeName) => TypeName = typeName;

    /// <summary>The GraphQL type name ("Entry"); its inputs are named after it ("EntryFilterInput", "EntrySortInput").</summary>
    public string TypeName { get; }

    public abstract IReadOnlyList<CatalogField> Fields { get; }

    public IEnumerable<CatalogField> FilterFields => Fields.Where(f => f.Filterable);

    public IEnumerable<CatalogField> SortFields => Fields.Where(f => f.Sortable);

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public abstract CatalogField? Find(string name);

    public override string ToString() => TypeName;
}

/// <summary>A catalog over model type <typeparamref name="T"/>, built by chaining one call per field.</summary>
public sealed class NodeCatalog<T> : NodeCatalog
{
    private readonly List<CatalogField<T>> _fields = [];
    private readonly Dictionary<string, CatalogField<T>> _byName = new(StringComparer.Ordinal);

    public NodeCatalog(string typeName)
        : base(typeName)
    {
    }

    public override IReadOnlyList<CatalogField> Fields => _fields;

    public IReadOnlyList<CatalogField<T>> TypedFields => _fields;

    public override CatalogField<T>? Find(string name) => _byName.GetValueOrDefault(name);

    public TextField<T> Id(string name, Func<T, string?> read, string property, string? description = null, FieldUse use = FieldUse.Filter) =>
        Add(new TextField<T>(name, FieldKind.Id, use, description, read, property, nullable: false));

    public TextField<T> String(string name, Func<T, string?> read, string property, string? description = null, FieldUse use = FieldUse.FilterAndSort, bool nullable = false) =>
        Add(new TextField<T>(name, FieldKind.String, use, description, read, property, nullable));

    public IntField<T> Int(string name, Func<T, int?> read, string property, string? description = null, FieldUse use = FieldUse.FilterAndSort) =>
        Add(new IntField<T>(name, use, description, read, property));

    public EnumField<T, TEnum> Enum<TEnum>(string name, Func<T, TEnum?> read, string property, string? description = null, FieldUse use = FieldUse.FilterAndSort, bool nullable = false)
        where TEnum : struct, Enum =>
        Add(new EnumField<T, TEnum>(name, use, description, read, property, nullable));

    /// <summary>A related node reached by <paramref name="pattern"/>, which formats (outer, inner) into a Cypher pattern.</summary>
    public ObjectField<T, TInner> Object<TInner>(string name, Func<T, TInner?> read, NodeCatalog<TInner> inner, string pattern, string? description = null)
        where TInner : class =>
        Add(new ObjectField<T, TInner>(name, description, read, inner, pattern, expression: null));

    /// <summary>A related node that always exists and is an expression of the outer variable (an involvement's country is its end node).</summary>
    public ObjectField<T, TInner> Required<TInner>(string name, Func<T, TInner> read, NodeCatalog<TInner> inner, string expression, string? description = null)
        where TInner : class =>
        Add(new ObjectField<T, TInner>(name, description, read, inner, pattern: null, expression));

    public ListField<T, TElement> List<TElement>(string name, Func<T, IReadOnlyList<TElement>> read, NodeCatalog<TElement> element, string? description, params string[] patterns) =>
        Add(new ListField<T, TElement>(name, description, read, element, patterns));

    private TField Add<TField>(TField field)
        where TField : CatalogField<T>
    {
        _byName.Add(field.Name, field);
        _fields.Add(field);
        return field;
    }
}
