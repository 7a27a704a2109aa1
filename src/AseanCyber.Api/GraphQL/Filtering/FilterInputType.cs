using GraphQL.Types;

namespace AseanCyber.Api.GraphQL.Filtering;

public enum FilterFieldKind
{
    /// <summary>A scalar compared with the operations of its operation input (string, ID, int, enum).</summary>
    Scalar,

    /// <summary>A list of related nodes, filtered with some/all/none/any.</summary>
    List,

    /// <summary>One related node, filtered with its own filter input.</summary>
    Object,
}

/// <summary>One field of a filter input: its GraphQL name, its input type, and the model field it compiles to.</summary>
public sealed record FilterFieldSpec(string Name, FilterFieldKind Kind, Type InputGraphType, string ModelField, Func<FilterShape>? Nested = null);

/// <summary>The fields of a filter input; the GraphQL input type and the parser are both built from it, so they cannot drift apart.</summary>
public sealed class FilterShape
{
    private readonly Dictionary<string, FilterFieldSpec> _byName;

    public FilterShape(params FilterFieldSpec[] fields)
    {
        Fields = fields;
        _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<FilterFieldSpec> Fields { get; }

    public FilterFieldSpec this[string name] => _byName[name];
}

/// <summary>A Hot Chocolate style filter input (<c>and</c>, <c>or</c>, and one entry per filterable field).</summary>
public abstract class FilterInputType : InputObjectGraphType
{
    protected FilterInputType(string name, FilterShape shape)
    {
        Name = name;
        var listOfSelf = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
        AddField(new FieldType { Name = "and", Type = listOfSelf });
        AddField(new FieldType { Name = "or", Type = listOfSelf });
        foreach (var field in shape.Fields)
        {
            AddField(new FieldType { Name = field.Name, Type = field.InputGraphType });
        }
    }
}

/// <summary>A Hot Chocolate style sort input: each field takes ASC or DESC; a list of them sorts by each in turn.</summary>
public abstract class SortInputType : InputObjectGraphType
{
    protected SortInputType(string name, IReadOnlyDictionary<string, string> fields)
    {
        Name = name;
        foreach (var field in fields.Keys)
        {
            AddField(new FieldType { Name = field, Type = typeof(SortEnumType) });
        }
    }
}
