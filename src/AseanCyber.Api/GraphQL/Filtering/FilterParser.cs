using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
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
    public static Filter? Parse(object? input, NodeCatalog catalog)
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
                    AddIfAny(parts, Combine(Items(value).Select(v => Parse(v, catalog)), or: false));
                    break;
                case "or":
                    AddIfAny(parts, Combine(Items(value).Select(v => Parse(v, catalog)), or: true));
                    break;
                default:
                    AddIfAny(parts, ParseField(catalog.Find(name) ?? throw InvalidArgument($"{catalog.TypeName} has no filterable field '{name}'."), value));
                    break;
            }
        }

        return Combine(parts, or: false);
    }

    public static IReadOnlyList<SortField> ParseOrder(object? input, NodeCatalog catalog)
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
                    order.Add(new SortField(catalog.Find(name)?.Name ?? throw InvalidArgument($"{catalog.TypeName} cannot be sorted by '{name}'."), d));
                }
            }
        }

        return order;
    }

    private static Filter? ParseField(CatalogField field, object? value)
    {
        if (value is not IDictionary<string, object?> operations)
        {
            throw InvalidArgument($"'{field.Name}' needs an object of operations, not null.");
        }

        switch (field.Kind)
        {
            case FieldKind.Object:
                return Parse(operations, field.Target!) is { } inner ? new ObjectFilter(field.Name, inner) : null;
            case FieldKind.List:
                var parts = new List<Filter>();
                foreach (var (op, operand) in operations)
                {
                    if (op == "any")
                    {
                        if (operand is not bool any)
                        {
                            throw InvalidArgument($"'{field.Name}.any' needs true or false.");
                        }

                        parts.Add(new ListFilter(field.Name, ListQuantifier.Any, null, any));
                    }
                    else
                    {
                        var element = operand is null ? null : Parse(operand, field.Target!);
                        parts.Add(new ListFilter(field.Name, Quantifiers[op], element));
                    }
                }

                return Combine(parts, or: false);
            default:
                return ParseOperations(field, operations);
        }
    }

    private static Filter? ParseOperations(CatalogField field, IDictionary<string, object?> operations)
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

                    parts.Add(new FieldFilter(field.Name, Operators[op], Items(operand).ToList()));
                    break;
                case "eq" or "neq":
                    parts.Add(new FieldFilter(field.Name, Operators[op], operand));
                    break;
                default:
                    if (operand is null)
                    {
                        throw InvalidArgument($"'{field.Name}.{op}' needs a value, not null.");
                    }

                    parts.Add(new FieldFilter(field.Name, Operators[op], operand));
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
