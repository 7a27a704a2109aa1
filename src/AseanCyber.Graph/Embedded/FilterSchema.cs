using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// The filterable fields of one node type, and the compiler of a <see cref="Filter"/> over them to a predicate.
/// Rules (shared with the Neo4j adapter through the contract suite):
/// string eq/neq/in/nin are ordinal, contains/startsWith/endsWith and their negations ignore case (OrdinalIgnoreCase);
/// a comparison with a null field is false, except <c>eq: null</c> (is null) and <c>in</c> lists holding null;
/// every negated operator (neq, nin, ncontains, nstartsWith, nendsWith) is exactly the negation of its positive one,
/// so it is true for a null field; <c>and: []</c> is true, <c>or: []</c> false; <c>all</c> over an empty list is true.
/// </summary>
internal sealed class FilterSchema<T>
{
    private readonly Dictionary<string, FieldDefinition<T>> _fields = new(StringComparer.Ordinal);

    private FilterSchema(string typeName) => TypeName = typeName;

    public string TypeName { get; }

    /// <summary>The predicates of every filterable field of <paramref name="catalog"/>, nested catalogs included.</summary>
    public static FilterSchema<T> From(NodeCatalog<T> catalog)
    {
        var schema = new FilterSchema<T>(catalog.TypeName);
        foreach (var field in catalog.TypedFields.Where(f => f.Filterable))
        {
            schema._fields.Add(field.Name, field.Accept(Definitions.Instance));
        }

        return schema;
    }

    /// <summary>The predicate of <paramref name="filter"/>, or null when there is nothing to test.</summary>
    public Func<T, bool>? CompileOrNull(Filter? filter) => filter is null ? null : Compile(filter);

    public Func<T, bool> Compile(Filter filter) => filter switch
    {
        AndFilter and => All(CompileEach(and.Operands)),
        OrFilter or => Any(CompileEach(or.Operands)),
        FieldFilter field => Field(field.Field).Compare(field),
        ListFilter list => Field(list.Field).Quantify(list),
        ObjectFilter obj => Field(obj.Field).Nest(obj),
        _ => throw new ArgumentException($"Unsupported filter {filter.GetType().Name} on {TypeName}.", nameof(filter)),
    };

    private FieldDefinition<T> Field(string name) =>
        _fields.TryGetValue(name, out var field)
            ? field
            : throw new ArgumentException($"{TypeName} has no filterable field '{name}'.", nameof(name));

    private Func<T, bool>[] CompileEach(IReadOnlyList<Filter> operands)
    {
        var predicates = new Func<T, bool>[operands.Count];
        for (var i = 0; i < predicates.Length; i++)
        {
            predicates[i] = Compile(operands[i]);
        }

        return predicates;
    }

    private static Func<T, bool> All(Func<T, bool>[] predicates) => predicates.Length switch
    {
        0 => static _ => true,
        1 => predicates[0],
        _ => x =>
        {
            foreach (var p in predicates)
            {
                if (!p(x))
                {
                    return false;
                }
            }

            return true;
        }
        ,
    };

    private static Func<T, bool> Any(Func<T, bool>[] predicates) => predicates.Length switch
    {
        0 => static _ => false,
        1 => predicates[0],
        _ => x =>
        {
            foreach (var p in predicates)
            {
                if (p(x))
                {
                    return true;
                }
            }

            return false;
        }
        ,
    };

    private sealed class Definitions : ICatalogFieldVisitor<T, FieldDefinition<T>>
    {
        public static readonly Definitions Instance = new();

        public FieldDefinition<T> Text(TextField<T> field) => new StringPredicate<T>(field.Name, field.Read);

        public FieldDefinition<T> Int(IntField<T> field) => new IntPredicate<T>(field.Name, field.Read);

        public FieldDefinition<T> Enum<TEnum>(EnumField<T, TEnum> field)
            where TEnum : struct, Enum => new EnumPredicate<T, TEnum>(field.Name, field.Read);

        public FieldDefinition<T> Object<TInner>(ObjectField<T, TInner> field)
            where TInner : class => new ObjectPredicate<T, TInner>(field.Name, field.Read, FilterSchema<TInner>.From(field.Inner));

        public FieldDefinition<T> List<TElement>(ListField<T, TElement> field) =>
            new ListPredicate<T, TElement>(field.Name, field.Read, FilterSchema<TElement>.From(field.Element));
    }
}

internal abstract class FieldDefinition<T>(string name)
{
    public string Name { get; } = name;

    public virtual Func<T, bool> Compare(FieldFilter filter) => throw Unsupported(filter.Operator.ToString());

    public virtual Func<T, bool> Quantify(ListFilter filter) => throw Unsupported("a list filter");

    public virtual Func<T, bool> Nest(ObjectFilter filter) => throw Unsupported("an object filter");

    protected ArgumentException Unsupported(string what) =>
        new($"Field '{Name}' does not support {what}.", nameof(what));

    protected static Func<T, bool> Not(Func<T, bool> predicate) => x => !predicate(x);

    protected static ArgumentException WrongValue(FieldFilter filter, string expected) => FilterValues.WrongValue(filter, expected);
}

internal sealed class StringPredicate<T>(string name, Func<T, string?> get) : FieldDefinition<T>(name)
{
    public override Func<T, bool> Compare(FieldFilter filter) => filter.Operator switch
    {
        FilterOperator.Eq => Equal(filter),
        FilterOperator.Neq => Not(Equal(filter)),
        FilterOperator.Contains => Text(filter, static (v, s) => v.Contains(s, StringComparison.OrdinalIgnoreCase)),
        FilterOperator.NContains => Not(Text(filter, static (v, s) => v.Contains(s, StringComparison.OrdinalIgnoreCase))),
        FilterOperator.StartsWith => Text(filter, static (v, s) => v.StartsWith(s, StringComparison.OrdinalIgnoreCase)),
        FilterOperator.NStartsWith => Not(Text(filter, static (v, s) => v.StartsWith(s, StringComparison.OrdinalIgnoreCase))),
        FilterOperator.EndsWith => Text(filter, static (v, s) => v.EndsWith(s, StringComparison.OrdinalIgnoreCase)),
        FilterOperator.NEndsWith => Not(Text(filter, static (v, s) => v.EndsWith(s, StringComparison.OrdinalIgnoreCase))),
        FilterOperator.In => In(filter),
        FilterOperator.Nin => Not(In(filter)),
        _ => throw Unsupported(filter.Operator.ToString()),
    };

    private Func<T, bool> Equal(FieldFilter filter) => filter.Value switch
    {
        null => x => get(x) is null,
        string s => x => string.Equals(get(x), s, StringComparison.Ordinal),
        _ => throw WrongValue(filter, "a string"),
    };

    private Func<T, bool> Text(FieldFilter filter, Func<string, string, bool> test) => filter.Value is string s
        ? x => get(x) is { } v && test(v, s)
        : throw WrongValue(filter, "a string");

    private Func<T, bool> In(FieldFilter filter)
    {
        var (values, matchesNull) = FilterValues.Split<string>(filter, FilterValues.TryString, "a list of strings");
        var set = new HashSet<string>(values, StringComparer.Ordinal);
        return x => get(x) is { } v ? set.Contains(v) : matchesNull;
    }
}

internal sealed class IntPredicate<T>(string name, Func<T, int?> get) : FieldDefinition<T>(name)
{
    public override Func<T, bool> Compare(FieldFilter filter)
    {
        switch (filter.Operator)
        {
            case FilterOperator.Eq:
                return Equal(filter);
            case FilterOperator.Neq:
                return Not(Equal(filter));
            case FilterOperator.In:
                return In(filter);
            case FilterOperator.Nin:
                return Not(In(filter));
            case FilterOperator.Gt:
            case FilterOperator.Gte:
            case FilterOperator.Lt:
            case FilterOperator.Lte:
                var n = FilterValues.ToInt(filter.Value) ?? throw WrongValue(filter, "an integer");
                return filter.Operator switch
                {
                    FilterOperator.Gt => x => get(x) is int v && v > n,
                    FilterOperator.Gte => x => get(x) is int v && v >= n,
                    FilterOperator.Lt => x => get(x) is int v && v < n,
                    _ => x => get(x) is int v && v <= n,
                };
            default:
                throw Unsupported(filter.Operator.ToString());
        }
    }

    private Func<T, bool> Equal(FieldFilter filter)
    {
        if (filter.Value is null)
        {
            return x => get(x) is null;
        }

        var n = FilterValues.ToInt(filter.Value) ?? throw WrongValue(filter, "an integer");
        return x => get(x) == n;
    }

    private Func<T, bool> In(FieldFilter filter)
    {
        var (values, matchesNull) = FilterValues.Split<int>(filter, FilterValues.TryInt, "a list of integers");
        var set = new HashSet<int>(values);
        return x => get(x) is int v ? set.Contains(v) : matchesNull;
    }

}

internal sealed class EnumPredicate<T, TEnum>(string name, Func<T, TEnum?> get) : FieldDefinition<T>(name)
    where TEnum : struct, Enum
{
    public override Func<T, bool> Compare(FieldFilter filter) => filter.Operator switch
    {
        FilterOperator.Eq => Equal(filter),
        FilterOperator.Neq => Not(Equal(filter)),
        FilterOperator.In => In(filter),
        FilterOperator.Nin => Not(In(filter)),
        _ => throw Unsupported(filter.Operator.ToString()),
    };

    private Func<T, bool> Equal(FieldFilter filter) => filter.Value switch
    {
        null => x => get(x) is null,
        TEnum e => x => get(x) is TEnum v && EqualityComparer<TEnum>.Default.Equals(v, e),
        _ => throw WrongValue(filter, $"a {typeof(TEnum).Name}"),
    };

    private Func<T, bool> In(FieldFilter filter)
    {
        var (values, matchesNull) = FilterValues.Split<TEnum>(filter, FilterValues.TryEnum, $"a list of {typeof(TEnum).Name}");
        var set = new HashSet<TEnum>(values);
        return x => get(x) is TEnum v ? set.Contains(v) : matchesNull;
    }
}

internal sealed class ObjectPredicate<T, TInner>(string name, Func<T, TInner?> get, FilterSchema<TInner> inner) : FieldDefinition<T>(name)
    where TInner : class
{
    public override Func<T, bool> Nest(ObjectFilter filter)
    {
        var test = inner.Compile(filter.Inner);
        return x => get(x) is { } v && test(v);
    }

    /// <summary>Only the null checks (<c>country: { eq: null }</c> in spirit): the object's own fields go through <see cref="Nest"/>.</summary>
    public override Func<T, bool> Compare(FieldFilter filter) => (filter.Operator, filter.Value) switch
    {
        (FilterOperator.Eq, null) => x => get(x) is null,
        (FilterOperator.Neq, null) => x => get(x) is not null,
        _ => throw Unsupported(filter.Operator.ToString()),
    };
}

internal sealed class ListPredicate<T, TElement>(string name, Func<T, IReadOnlyList<TElement>> get, FilterSchema<TElement> element) : FieldDefinition<T>(name)
{
    public override Func<T, bool> Quantify(ListFilter filter)
    {
        Func<T, bool>? quantified = filter.Quantifier switch
        {
            ListQuantifier.Some => Some(ElementTest(filter)),
            ListQuantifier.All => Every(ElementTest(filter)),
            ListQuantifier.None => Not(Some(ElementTest(filter))),
            ListQuantifier.Any => null,
            _ => throw Unsupported(filter.Quantifier.ToString()),
        };

        Func<T, bool>? nonEmpty = filter.Any switch
        {
            true => x => get(x).Count > 0,
            false => x => get(x).Count == 0,
            null when quantified is null => throw new ArgumentException($"List filter 'any' on '{Name}' needs a value.", nameof(filter)),
            null => null,
        };

        return (quantified, nonEmpty) switch
        {
            ({ } q, { } a) => x => q(x) && a(x),
            ({ } q, null) => q,
            (null, { } a) => a,
            _ => throw new InvalidOperationException("unreachable"),
        };
    }

    private Func<TElement, bool> ElementTest(ListFilter filter) => filter.Element is null ? static _ => true : element.Compile(filter.Element);

    private Func<T, bool> Some(Func<TElement, bool> test) => x =>
    {
        foreach (var item in get(x))
        {
            if (test(item))
            {
                return true;
            }
        }

        return false;
    };

    private Func<T, bool> Every(Func<TElement, bool> test) => x =>
    {
        foreach (var item in get(x))
        {
            if (!test(item))
            {
                return false;
            }
        }

        return true;
    };
}
