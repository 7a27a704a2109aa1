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
/// Same rules as the embedded graph's FilterSchema (the contract suite holds both to them): a null property compares
/// false, negations are exact negations, text operators ignore case, <c>and: []</c> is true and <c>or: []</c> false.
/// WHERE already takes null for false and AND/OR keep that, so a comparison in a positive position is a plain property
/// predicate the planner can serve from an index (<c>e.kind = $p0</c>); only under NOT, where null must turn true, is it
/// made two-valued with <c>coalesce(..., false)</c>. Case-insensitive operators compare the property's folded shadow
/// (<see cref="CypherFold"/>), written at import, with the value folded the same way in .NET.
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

    /// <summary>The condition of a WHERE (where null counts as false).</summary>
    public string Compile(Filter filter, string variable, CypherParameters parameters) => Compile(filter, variable, parameters, negated: false);

    /// <param name="negated">Whether the condition ends up under NOT in its WHERE: then it must never be null.</param>
    public string Compile(Filter filter, string variable, CypherParameters parameters, bool negated) => filter switch
    {
        AndFilter and => Join(and.Operands, " AND ", "true", variable, parameters, negated),
        OrFilter or => Join(or.Operands, " OR ", "false", variable, parameters, negated),
        FieldFilter field => Field(field.Field).Compare(field, variable, parameters, negated),
        ListFilter list => Field(list.Field).Quantify(list, variable, parameters),
        ObjectFilter obj => Field(obj.Field).Nest(obj, variable, parameters, negated),
        _ => throw new ArgumentException($"Unsupported filter {filter.GetType().Name} on {TypeName}.", nameof(filter)),
    };

    private string Join(IReadOnlyList<Filter> operands, string separator, string empty, string variable, CypherParameters parameters, bool negated) =>
        operands.Count switch
        {
            0 => empty,
            1 => Compile(operands[0], variable, parameters, negated),
            _ => "(" + string.Join(separator, operands.Select(o => Compile(o, variable, parameters, negated))) + ")",
        };

    private CypherFilterField Field(string name) =>
        _fields.TryGetValue(name, out var field)
            ? field
            : throw new ArgumentException($"{TypeName} has no filterable field '{name}'.", nameof(name));

    private sealed class Definitions<T> : ICatalogFieldVisitor<T, CypherFilterField>
    {
        public static readonly Definitions<T> Instance = new();

        // Ids are ASCII slugs, upper-cased alike in .NET and Java, and looked up by eq/in: they get no folded shadow.
        public CypherFilterField Text(TextField<T> field) =>
            new CypherStringField(field.Name, Property(field), field.Kind == FieldKind.Id ? null : CypherFold.Property(Property(field)));

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

    /// <param name="negated">Under NOT: the comparison must be false, not null, for a missing property.</param>
    public virtual string Compare(FieldFilter filter, string variable, CypherParameters parameters, bool negated) => throw Unsupported(filter.Operator.ToString());

    public virtual string Quantify(ListFilter filter, string variable, CypherParameters parameters) => throw Unsupported("a list filter");

    public virtual string Nest(ObjectFilter filter, string variable, CypherParameters parameters, bool negated) => throw Unsupported("an object filter");

    protected ArgumentException Unsupported(string what) => new($"Field '{Name}' does not support {what}.", nameof(what));

    protected static string Not(string condition) => "NOT (" + condition + ")";

    protected static ArgumentException WrongValue(FieldFilter filter, string expected) => FilterValues.WrongValue(filter, expected);

    /// <summary>A comparison that is null for a missing property, made two-valued when it will be negated.</summary>
    protected static string Test(string comparison, bool twoValued) => twoValued ? $"coalesce({comparison}, false)" : comparison;

    /// <summary><c>x IN $list</c>, true for a null property when the list held null.</summary>
    protected static string In(string property, List<object> values, bool matchesNull, CypherParameters parameters, bool negated)
    {
        var test = Test($"{property} IN {parameters.Add(values)}", negated);
        return matchesNull ? $"({property} IS NULL OR {test})" : test;
    }
}

/// <summary>eq/in are exact (ordinal) on the property; contains/startsWith/endsWith compare its folded shadow.</summary>
internal sealed class CypherStringField(string name, string property, string? folded) : CypherFilterField(name)
{
    public override string Compare(FieldFilter filter, string variable, CypherParameters parameters, bool negated)
    {
        var p = variable + "." + property;
        var f = folded is null ? $"toUpper({p})" : variable + "." + folded;
        return filter.Operator switch
        {
            FilterOperator.Eq => Equal(filter, p, parameters, negated),
            FilterOperator.Neq => Not(Equal(filter, p, parameters, twoValued: true)),
            FilterOperator.Contains => Text(filter, f, "CONTAINS", parameters, negated),
            FilterOperator.NContains => Not(Text(filter, f, "CONTAINS", parameters, twoValued: true)),
            FilterOperator.StartsWith => Text(filter, f, "STARTS WITH", parameters, negated),
            FilterOperator.NStartsWith => Not(Text(filter, f, "STARTS WITH", parameters, twoValued: true)),
            FilterOperator.EndsWith => Text(filter, f, "ENDS WITH", parameters, negated),
            FilterOperator.NEndsWith => Not(Text(filter, f, "ENDS WITH", parameters, twoValued: true)),
            FilterOperator.In => InList(filter, p, parameters, negated),
            FilterOperator.Nin => Not(InList(filter, p, parameters, negated: true)),
            _ => throw Unsupported(filter.Operator.ToString()),
        };
    }

    private static string Equal(FieldFilter filter, string p, CypherParameters parameters, bool twoValued) => filter.Value switch
    {
        null => $"{p} IS NULL",
        string s => Test($"{p} = {parameters.Add(s)}", twoValued),
        _ => throw WrongValue(filter, "a string"),
    };

    private static string Text(FieldFilter filter, string folded, string op, CypherParameters parameters, bool twoValued) => filter.Value is string s
        ? Test($"{folded} {op} {parameters.Add(CypherFold.Value(s))}", twoValued)
        : throw WrongValue(filter, "a string");

    private static string InList(FieldFilter filter, string p, CypherParameters parameters, bool negated)
    {
        var (values, matchesNull) = FilterValues.Split<string>(filter, FilterValues.TryString, "a list of strings");
        return In(p, [.. values], matchesNull, parameters, negated);
    }
}

internal sealed class CypherIntField(string name, string property) : CypherFilterField(name)
{
    public override string Compare(FieldFilter filter, string variable, CypherParameters parameters, bool negated)
    {
        var p = variable + "." + property;
        return filter.Operator switch
        {
            FilterOperator.Eq => Equal(filter, p, parameters, negated),
            FilterOperator.Neq => Not(Equal(filter, p, parameters, twoValued: true)),
            FilterOperator.In => InList(filter, p, parameters, negated),
            FilterOperator.Nin => Not(InList(filter, p, parameters, negated: true)),
            FilterOperator.Gt => Range(filter, p, ">", parameters, negated),
            FilterOperator.Gte => Range(filter, p, ">=", parameters, negated),
            FilterOperator.Lt => Range(filter, p, "<", parameters, negated),
            FilterOperator.Lte => Range(filter, p, "<=", parameters, negated),
            _ => throw Unsupported(filter.Operator.ToString()),
        };
    }

    private static string Equal(FieldFilter filter, string p, CypherParameters parameters, bool twoValued) => filter.Value is null
        ? $"{p} IS NULL"
        : Test($"{p} = {parameters.Add(FilterValues.ToInt(filter.Value) ?? throw WrongValue(filter, "an integer"))}", twoValued);

    private static string Range(FieldFilter filter, string p, string op, CypherParameters parameters, bool twoValued) =>
        Test($"{p} {op} {parameters.Add(FilterValues.ToInt(filter.Value) ?? throw WrongValue(filter, "an integer"))}", twoValued);

    private static string InList(FieldFilter filter, string p, CypherParameters parameters, bool negated)
    {
        var (values, matchesNull) = FilterValues.Split<int>(filter, FilterValues.TryInt, "a list of integers");
        return In(p, [.. values.Select(v => (object)v)], matchesNull, parameters, negated);
    }

}

/// <summary>Enums are stored as their GraphQL names (MEETING, IN_PROGRESS), readable in Neo4j Browser.</summary>
internal sealed class CypherEnumField<TEnum>(string name, string property) : CypherFilterField(name)
    where TEnum : struct, Enum
{
    public override string Compare(FieldFilter filter, string variable, CypherParameters parameters, bool negated)
    {
        var p = variable + "." + property;
        return filter.Operator switch
        {
            FilterOperator.Eq => Equal(filter, p, parameters, negated),
            FilterOperator.Neq => Not(Equal(filter, p, parameters, twoValued: true)),
            FilterOperator.In => InList(filter, p, parameters, negated),
            FilterOperator.Nin => Not(InList(filter, p, parameters, negated: true)),
            _ => throw Unsupported(filter.Operator.ToString()),
        };
    }

    private static string Equal(FieldFilter filter, string p, CypherParameters parameters, bool twoValued) => filter.Value switch
    {
        null => $"{p} IS NULL",
        TEnum e => Test($"{p} = {parameters.Add(CypherEnums.Name(e))}", twoValued),
        _ => throw WrongValue(filter, $"a {typeof(TEnum).Name}"),
    };

    private static string InList(FieldFilter filter, string p, CypherParameters parameters, bool negated)
    {
        var (values, matchesNull) = FilterValues.Split<TEnum>(filter, FilterValues.TryEnum, $"a list of {typeof(TEnum).Name}");
        return In(p, [.. values.Select(v => (object)CypherEnums.Name(v))], matchesNull, parameters, negated);
    }
}

internal sealed class CypherObjectField(string name, string pattern, CypherFilterSchema inner) : CypherFilterField(name)
{
    /// <summary>EXISTS is never null, and its WHERE starts a positive position again.</summary>
    public override string Nest(ObjectFilter filter, string variable, CypherParameters parameters, bool negated)
    {
        var x = parameters.Variable("x");
        return $"EXISTS {{ MATCH {string.Format(CultureInfo.InvariantCulture, pattern, variable, x)} WHERE {inner.Compile(filter.Inner, x, parameters)} }}";
    }

    public override string Compare(FieldFilter filter, string variable, CypherParameters parameters, bool negated)
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
    public override string Nest(ObjectFilter filter, string variable, CypherParameters parameters, bool negated) =>
        inner.Compile(filter.Inner, string.Format(CultureInfo.InvariantCulture, expression, variable), parameters, negated);

    /// <summary>The related node always exists (an involvement always has its country).</summary>
    public override string Compare(FieldFilter filter, string variable, CypherParameters parameters, bool negated) => (filter.Operator, filter.Value) switch
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

            var test = element.Compile(condition, x, parameters, negated: negate);
            return $"EXISTS {{ MATCH {match} WHERE {(negate ? Not(test) : test)} }}";
        }).ToArray();
        return tests.Length == 1 ? tests[0] : "(" + string.Join(" OR ", tests) + ")";
    }
}

/// <summary>
/// Case folding for the case-insensitive operators, done in .NET on both sides: at import into a shadow property
/// (<c>title</c> gets <c>titleFolded</c>, served by a TEXT index) and on the filter's value. Neo4j's <c>toUpper</c> is
/// Java's, which maps some characters to two (<c>ß</c> to <c>SS</c>, <c>ﬁ</c> to <c>FI</c>) where .NET's invariant
/// upper-casing keeps them, so a value upper-cased once in each language would not match itself. Invariant simple
/// upper-casing is what OrdinalIgnoreCase compares, so the answers stay the embedded graph's.
/// </summary>
internal static class CypherFold
{
    public static string Property(string property) => property + "Folded";

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    public static string? Value(string? value) => value?.ToUpperInvariant();
}
