using AseanCyber.Graph.Querying;
using GraphQL;

namespace AseanCyber.Api.GraphQL.Filtering;

/// <summary>Turns coerced GraphQL input (dictionaries) into the store's <see cref="Filter"/> and <see cref="SortField"/> model, once per field.</summary>
public static class FilterParser
{
    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = FilterOperator.Eq,
        ["neq"] = FilterOperator.Neq,
        ["contains"] = FilterOperator.Contains,
        ["ncontains"] = FilterOperator.NContains,
        ["startsWith"] = FilterOperator.StartsWith,
        ["nstartsWith"] = FilterOperator.NStartsWith,
        ["endsWith"] = FilterOperator.EndsWith,
        ["nendsWith"] = FilterOperator.NEndsWith,
        ["in"] = FilterOperator.In,
        ["nin"] = FilterOperator.Nin,
        ["gt"] = FilterOperator.Gt,
        ["gte"] = FilterOperator.Gte,
        ["lt"] = FilterOperator.Lt,
        ["lte"] = FilterOperator.Lte,
    };

    private static readonly Dictionary<string, ListQuantifier> Quantifiers = new(StringComparer.Ordinal)
    {
        ["some"] = ListQuantifier.Some,
        ["all"] = ListQuantifier.All,
        ["none"] = ListQuantifier.None,
    };

    /// <summary>The filter an input object describes, or null when it constrains nothing (<c>where: {}</c>).</summary>
    public static Filter? Parse(object? input, FilterShape shape)
    {
        if (input is not IDictionary<string, object?> fields)
        {
            return null;
        }

        var parts = new List<Filter>();
        foreach (var (name, value) in fields)
        {
            switch (name)
            {
                case "and":
                    AddIfAny(parts, Combine(Items(value).Select(v => Parse(v, shape)), or: false));
                    break;
                case "or":
                    AddIfAny(parts, Combine(Items(value).Select(v => Parse(v, shape)), or: true));
                    break;
                default:
                    AddIfAny(parts, ParseField(shape[name], value));
                    break;
            }
        }

        return Combine(parts, or: false);
    }

    public static IReadOnlyList<SortField> ParseOrder(object? input, IReadOnlyDictionary<string, string> fields)
    {
        var order = new List<SortField>();
        foreach (var item in Items(input))
        {
            if (item is not IDictionary<string, object?> entry)
            {
                continue;
            }

            foreach (var (name, direction) in entry)
            {
                if (direction is SortDirection d)
                {
                    order.Add(new SortField(fields[name], d));
                }
            }
        }

        return order;
    }

    private static Filter? ParseField(FilterFieldSpec field, object? value)
    {
        if (value is not IDictionary<string, object?> operations)
        {
            throw InvalidArgument($"'{field.Name}' needs an object of operations, not null.");
        }

        switch (field.Kind)
        {
            case FilterFieldKind.Object:
                return Parse(operations, field.Nested!()) is { } inner ? new ObjectFilter(field.ModelField, inner) : null;
            case FilterFieldKind.List:
                var parts = new List<Filter>();
                foreach (var (op, operand) in operations)
                {
                    if (op == "any")
                    {
                        if (operand is not bool any)
                        {
                            throw InvalidArgument($"'{field.Name}.any' needs true or false.");
                        }

                        parts.Add(new ListFilter(field.ModelField, ListQuantifier.Any, null, any));
                    }
                    else
                    {
                        var element = operand is null ? null : Parse(operand, field.Nested!());
                        parts.Add(new ListFilter(field.ModelField, Quantifiers[op], element));
                    }
                }

                return Combine(parts, or: false);
            default:
                return ParseOperations(field, operations);
        }
    }

    private static Filter? ParseOperations(FilterFieldSpec field, IDictionary<string, object?> operations)
    {
        var parts = new List<Filter>();
        foreach (var (op, operand) in operations)
        {
            switch (op)
            {
                case "and":
                    AddIfAny(parts, Combine(Items(operand).Select(v => v is IDictionary<string, object?> d ? ParseOperations(field, d) : null), or: false));
                    break;
                case "or":
                    AddIfAny(parts, Combine(Items(operand).Select(v => v is IDictionary<string, object?> d ? ParseOperations(field, d) : null), or: true));
                    break;
                case "in" or "nin":
                    if (operand is null)
                    {
                        throw InvalidArgument($"'{field.Name}.{op}' needs a list; use eq: null to match a missing value.");
                    }

                    parts.Add(new FieldFilter(field.ModelField, Operators[op], Items(operand).ToList()));
                    break;
                case "eq" or "neq":
                    parts.Add(new FieldFilter(field.ModelField, Operators[op], operand));
                    break;
                default:
                    if (operand is null)
                    {
                        throw InvalidArgument($"'{field.Name}.{op}' needs a value, not null.");
                    }

                    parts.Add(new FieldFilter(field.ModelField, Operators[op], operand));
                    break;
            }
        }

        return Combine(parts, or: false);
    }

    private static IEnumerable<object?> Items(object? value) => value switch
    {
        null => [],
        string s => [s],
        System.Collections.IEnumerable list => list.Cast<object?>(),
        _ => [value],
    };

    private static Filter? Combine(IEnumerable<Filter?> filters, bool or)
    {
        var list = filters.OfType<Filter>().ToList();
        return list.Count switch
        {
            0 => null,
            1 => list[0],
            _ => or ? new OrFilter(list) : new AndFilter(list),
        };
    }

    private static void AddIfAny(List<Filter> parts, Filter? filter)
    {
        if (filter is not null)
        {
            parts.Add(filter);
        }
    }

    private static ExecutionError InvalidArgument(string message) => ApiErrors.Create(ApiErrors.InvalidArgument, message);
}
