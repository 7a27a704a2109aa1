using System.Globalization;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;

namespace AseanCyber.Graph.Neo4j;

/// <summary>
/// Collects the parameters of one statement while a filter or sort compiles: every value becomes <c>$pN</c>, so the text
/// holds only fixed property names, labels and relationship types.
/// </summary>
internal sealed class CypherParameters
{
    private int _variables;

    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    public string Add(object? value)
    {
        var name = "p" + Values.Count.ToString(CultureInfo.InvariantCulture);
        Values.Add(name, value);
        return "$" + name;
    }

    /// <summary>A fresh variable for a subquery, so nested conditions never capture an outer one.</summary>
    public string Variable(string stem) => stem + (++_variables).ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The filterable fields of one node type and the compiler of a <see cref="Filter"/> to a Cypher boolean expression.
/// Same rules as the embedded graph's FilterSchema (the contract suite holds both to them): every comparison is two-valued
/// (a null property compares false, so <c>coalesce(..., false)</c>), negations are exact negations, text operators
/// ignore case (both sides upper-cased), <c>and: []</c> is true and <c>or: []</c> false.
/// </summary>
internal sealed class CypherFilterSchema(string typeName)
{
    private readonly Dictionary<string, CypherFilterField> _fields = new(StringComparer.Ordinal);

    public string TypeName { get; } = typeName;

    public IEnumerable<string> FieldNames => _fields.Keys;

    /// <summary>The Cypher of every filterable field of <paramref name="catalog"/>, nested catalogs included.</summary>
    public static CypherFilterSchema From<T>(NodeCatalog<T> catalog)
    {
        var schema = new CypherFilterSchema(catalog.TypeName);
        foreach (var field in catalog.TypedFields.Where(f => f.Filterable))
        {
            schema._fields.Add(field.Name, field.Accept(Definitions<T>.Instance));
        }

        return schema;
    }

    public string Compile(Filter filter, string variable, CypherParameters parameters) => filter switch
    {
        AndFilter and => Join(and.Operands, " AND ", "true", variable, parameters),
        OrFilter or => Join(or.Operands, " OR ", "false", variable, parameters),
        FieldFilter field => Field(field.Field).Compare(field, variable, parameters),
        ListFilter list => Field(list.Field).Quantify(list, variable, parameters),
        ObjectFilter obj => Field(obj.Field).Nest(obj, variable, parameters),
        _ => throw new ArgumentException($"Unsupported filter {filter.GetType().Name} on {TypeName}.", nameof(filter)),
    };

    private string Join(IReadOnlyList<Filter> operands, string separator, string empty, string variable, CypherParameters parameters) =>
        operands.Count switch
        {
            0 => empty,
            1 => Compile(operands[0], variable, parameters),
            _ => "(" + string.Join(separator, operands.Select(o => Compile(o, variable, parameters))) + ")",
        };

    private CypherFilterField Field(string name) =>
        _fields.TryGetValue(name, out var field)
            ? field
            : throw new ArgumentException($"{TypeName} has no filterable field '{name}'.", nameof(name));

    private sealed class Definitions<T> : ICatalogFieldVisitor<T, CypherFilterField>
    {
        public static readonly Definitions<T> Instance = new();

        public CypherFilterField Text(TextField<T> field) => new CypherStringField(field.Name, Property(field));

        public CypherFilterField Int(IntField<T> field) => new CypherIntField(field.Name, Property(field));

        public CypherFilterField Enum<TEnum>(EnumField<T, TEnum> field)
            where TEnum : struct, Enum => new CypherEnumField<TEnum>(field.Name, Property(field));

        public CypherFilterField Object<TInner>(ObjectField<T, TInner> field)
            where TInner : class => field.CypherExpression is { } expression
                ? new CypherExpressionField(field.Name, expression, From(field.Inner))
                : new CypherObjectField(field.Name, field.CypherPatterns[0], From(field.Inner));

        public CypherFilterField List<TElement>(ListField<T, TElement> field) =>
            new CypherListField(field.Name, [.. field.CypherPatterns], From(field.Element));

        private static string Property(CatalogField field) =>
            field.CypherProperty ?? throw new InvalidOperationException($"Field '{field.Name}' has no Neo4j property.");
    }
}

internal abstract class CypherFilterField(string name)
{
    public string Name { get; } = name;

    public virtual string Compare(FieldFilter filter, string variable, CypherParameters parameters) => throw Unsupported(filter.Operator.ToString());

    public virtual string Quantify(ListFilter filter, string variable, CypherParameters parameters) => throw Unsupported("a list filter");

    public virtual string Nest(ObjectFilter filter, string variable, CypherParameters parameters) => throw Unsupported("an object filter");

    protected ArgumentException Unsupported(string what) => new($"Field '{Name}' does not support {what}.", nameof(what));

    protected static string Not(string condition) => "NOT (" + condition + ")";

    protected static ArgumentException WrongValue(FieldFilter filter, string expected) => FilterValues.WrongValue(filter, expected);

    /// <summary><c>x IN $list</c>, true for a null property when the list held null.</summary>
    protected static string In(string property, List<object> values, bool matchesNull, CypherParameters parameters)
    {
        var test = $"coalesce({property} IN {parameters.Add(values)}, false)";
        return matchesNull ? $"({property} IS NULL OR {test})" : test;
    }
}

internal sealed class CypherStringField(string name, string property) : CypherFilterField(name)
{
    public override string Compare(FieldFilter filter, string variable, CypherParameters parameters)
    {
        var p = variable + "." + property;
        return filter.Operator switch
        {
            FilterOperator.Eq => Equal(filter, p, parameters),
            FilterOperator.Neq => Not(Equal(filter, p, parameters)),
            FilterOperator.Contains => Text(filter, p, "CONTAINS", parameters),
            FilterOperator.NContains => Not(Text(filter, p, "CONTAINS", parameters)),
            FilterOperator.StartsWith => Text(filter, p, "STARTS WITH", parameters),
            FilterOperator.NStartsWith => Not(Text(filter, p, "STARTS WITH", parameters)),
            FilterOperator.EndsWith => Text(filter, p, "ENDS WITH", parameters),
            FilterOperator.NEndsWith => Not(Text(filter, p, "ENDS WITH", parameters)),
            FilterOperator.In => InList(filter, p, parameters),
            FilterOperator.Nin => Not(InList(filter, p, parameters)),
            _ => throw Unsupported(filter.Operator.ToString()),
        };
    }

    private static string Equal(FieldFilter filter, string p, CypherParameters parameters) => filter.Value switch
    {
        null => $"{p} IS NULL",
        string s => $"coalesce({p} = {parameters.Add(s)}, false)",
        _ => throw WrongValue(filter, "a string"),
    };

    // Upper-casing both sides is what OrdinalIgnoreCase does in the embedded graph (invariant simple case mapping).
    private static string Text(FieldFilter filter, string p, string op, CypherParameters parameters) => filter.Value is string s
        ? $"coalesce(toUpper({p}) {op} {parameters.Add(s.ToUpperInvariant())}, false)"
        : throw WrongValue(filter, "a string");

    private static string InList(FieldFilter filter, string p, CypherParameters parameters)
    {
        var (values, matchesNull) = FilterValues.Split<string>(filter, FilterValues.TryString, "a list of strings");
        return In(p, [.. values], matchesNull, parameters);
    }
}

internal sealed class CypherIntField(string name, string property) : CypherFilterField(name)
{
    public override string Compare(FieldFilter filter, string variable, CypherParameters parameters)
    {
        var p = variable + "." + property;
        return filter.Operator switch
        {
            FilterOperator.Eq => Equal(filter, p, parameters),
            FilterOperator.Neq => Not(Equal(filter, p, parameters)),
            FilterOperator.In => InList(filter, p, parameters),
            FilterOperator.Nin => Not(InList(filter, p, parameters)),
            FilterOperator.Gt => Range(filter, p, ">", parameters),
            FilterOperator.Gte => Range(filter, p, ">=", parameters),
            FilterOperator.Lt => Range(filter, p, "<", parameters),
            FilterOperator.Lte => Range(filter, p, "<=", parameters),
            _ => throw Unsupported(filter.Operator.ToString()),
        };
    }

    private static string Equal(FieldFilter filter, string p, CypherParameters parameters) => filter.Value is null
        ? $"{p} IS NULL"
        : $"coalesce({p} = {parameters.Add(FilterValues.ToInt(filter.Value) ?? throw WrongValue(filter, "an integer"))}, false)";

    private static string Range(FieldFilter filter, string p, string op, CypherParameters parameters) =>
        $"coalesce({p} {op} {parameters.Add(FilterValues.ToInt(filter.Value) ?? throw WrongValue(filter, "an integer"))}, false)";

    private static string InList(FieldFilter filter, string p, CypherParameters parameters)
    {
        var (values, matchesNull) = FilterValues.Split<int>(filter, FilterValues.TryInt, "a list of integers");
        return In(p, [.. values.Select(v => (object)v)], matchesNull, parameters);
    }

}

/// <summary>Enums are stored as their GraphQL names (MEETING, IN_PROGRESS), readable in Neo4j Browser.</summary>
internal sealed class CypherEnumField<TEnum>(string name, string property) : CypherFilterField(name)
    where TEnum : struct, Enum
{
    public override string Compare(FieldFilter filter, string variable, CypherParameters parameters)
    {
        var p = variable + "." + property;
        return filter.Operator switch
        {
            FilterOperator.Eq => Equal(filter, p, parameters),
            FilterOperator.Neq => Not(Equal(filter, p, parameters)),
            FilterOperator.In => InList(filter, p, parameters),
            FilterOperator.Nin => Not(InList(filter, p, parameters)),
            _ => throw Unsupported(filter.Operator.ToString()),
        };
    }

    private static string Equal(FieldFilter filter, string p, CypherParameters parameters) => filter.Value switch
    {
        null => $"{p} IS NULL",
        TEnum e => $"coalesce({p} = {parameters.Add(CypherEnums.Name(e))}, false)",
        _ => throw WrongValue(filter, $"a {typeof(TEnum).Name}"),
    };

    private static string InList(FieldFilter filter, string p, CypherParameters parameters)
    {
        var (values, matchesNull) = FilterValues.Split<TEnum>(filter, FilterValues.TryEnum, $"a list of {typeof(TEnum).Name}");
        return In(p, [.. values.Select(v => (object)CypherEnums.Name(v))], matchesNull, parameters);
    }
}

internal sealed class CypherObjectField(string name, string pattern, CypherFilterSchema inner) : CypherFilterField(name)
{
    public override string Nest(ObjectFilter filter, string variable, CypherParameters parameters)
    {
        var x = parameters.Variable("x");
        return $"EXISTS {{ MATCH {string.Format(CultureInfo.InvariantCulture, pattern, variable, x)} WHERE {inner.Compile(filter.Inner, x, parameters)} }}";
    }

    public override string Compare(FieldFilter filter, string variable, CypherParameters parameters)
    {
        var exists = $"EXISTS {{ MATCH {string.Format(CultureInfo.InvariantCulture, pattern, variable, parameters.Variable("x"))} }}";
        return (filter.Operator, filter.Value) switch
        {
            (FilterOperator.Eq, null) => Not(exists),
            (FilterOperator.Neq, null) => exists,
            _ => throw Unsupported(filter.Operator.ToString()),
        };
    }
}

internal sealed class CypherExpressionField(string name, string expression, CypherFilterSchema inner) : CypherFilterField(name)
{
    public override string Nest(ObjectFilter filter, string variable, CypherParameters parameters) =>
        inner.Compile(filter.Inner, string.Format(CultureInfo.InvariantCulture, expression, variable), parameters);

    /// <summary>The related node always exists (an involvement always has its country).</summary>
    public override string Compare(FieldFilter filter, string variable, CypherParameters parameters) => (filter.Operator, filter.Value) switch
    {
        (FilterOperator.Eq, null) => "false",
        (FilterOperator.Neq, null) => "true",
        _ => throw Unsupported(filter.Operator.ToString()),
    };
}

internal sealed class CypherListField(string name, string[] patterns, CypherFilterSchema element) : CypherFilterField(name)
{
    public override string Quantify(ListFilter filter, string variable, CypherParameters parameters)
    {
        string? quantified = filter.Quantifier switch
        {
            ListQuantifier.Some => Some(filter.Element, negate: false, variable, parameters),
            ListQuantifier.None => Not(Some(filter.Element, negate: false, variable, parameters)),
            ListQuantifier.All => Not(Some(filter.Element, negate: true, variable, parameters)),
            ListQuantifier.Any => null,
            _ => throw Unsupported(filter.Quantifier.ToString()),
        };

        string? nonEmpty = filter.Any switch
        {
            true => Some(null, negate: false, variable, parameters),
            false => Not(Some(null, negate: false, variable, parameters)),
            null when quantified is null => throw new ArgumentException($"List filter 'any' on '{Name}' needs a value.", nameof(filter)),
            null => null,
        };

        return (quantified, nonEmpty) switch
        {
            ({ } q, { } a) => $"({q} AND {a})",
            ({ } q, null) => q,
            (null, { } a) => a,
            _ => throw new InvalidOperationException("unreachable"),
        };
    }

    /// <summary>Whether some element matches the condition (or, negated, fails it); no condition means any element at all.</summary>
    private string Some(Filter? condition, bool negate, string variable, CypherParameters parameters)
    {
        var tests = patterns.Select(pattern =>
        {
            var x = parameters.Variable("x");
            var match = string.Format(CultureInfo.InvariantCulture, pattern, variable, x);
            if (condition is null)
            {
                return negate ? "false" : $"EXISTS {{ MATCH {match} }}";
            }

            var test = element.Compile(condition, x, parameters);
            return $"EXISTS {{ MATCH {match} WHERE {(negate ? Not(test) : test)} }}";
        }).ToArray();
        return tests.Length == 1 ? tests[0] : "(" + string.Join(" OR ", tests) + ")";
    }
}
