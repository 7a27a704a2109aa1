using System.Collections;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>A filter generated from a catalog field and an operator, and what it must select, computed here by hand.</summary>
public sealed record CatalogCase(string Name, Filter Filter, Func<LinkedEntry, bool> Expected)
{
    public override string ToString() => Name;
}

/// <summary>
/// Every filterable scalar of the entry catalog, and of each catalog an entry relation leads to (through <c>some</c> for
/// lists), under every operator its kind takes, with values drawn from the data. The expected answer follows the filter
/// rules as written (see the embedded FilterSchema), evaluated here independently of both adapters' compilers; only the
/// catalog's reading of the model is shared.
/// </summary>
public static class CatalogCases
{
    private static readonly FilterOperator[] IdOperators = [FilterOperator.Eq, FilterOperator.Neq, FilterOperator.In, FilterOperator.Nin];

    private static readonly FilterOperator[] StringOperators =
    [
        FilterOperator.Eq, FilterOperator.Neq, FilterOperator.Contains, FilterOperator.NContains, FilterOperator.StartsWith,
        FilterOperator.NStartsWith, FilterOperator.EndsWith, FilterOperator.NEndsWith, FilterOperator.In, FilterOperator.Nin,
    ];

    private static readonly FilterOperator[] IntOperators =
    [
        FilterOperator.Eq, FilterOperator.Neq, FilterOperator.In, FilterOperator.Nin,
        FilterOperator.Gt, FilterOperator.Gte, FilterOperator.Lt, FilterOperator.Lte,
    ];

    /// <summary>The fixture entries (Alpha and Beta) as the catalog reads them.</summary>
    public static IReadOnlyList<LinkedEntry> FixtureEntries { get; } =
    [
        .. new[] { Fixtures.Alpha, Fixtures.Beta }.SelectMany(d => d.Entries.Select(e => new LinkedEntry(e.Entry, d.Profile, e.Links))),
    ];

    public static IReadOnlyList<CatalogCase> Fixture { get; } = For(FixtureEntries);

    public static TheoryData<string> FixtureNames => [.. Fixture.Select(c => c.Name)];

    public static IReadOnlyList<CatalogCase> For(IReadOnlyList<LinkedEntry> entries)
    {
        var cases = new List<CatalogCase>();
        foreach (var field in EntryFields.Catalog.FilterFields)
        {
            switch (field.Kind)
            {
                case FieldKind.Object or FieldKind.List:
                    var related = entries.SelectMany(e => Related(field, e)).ToList();
                    foreach (var inner in field.Target!.FilterFields.Where(f => f.Kind is not (FieldKind.Object or FieldKind.List)))
                    {
                        foreach (var (name, condition, test) in Scalar(inner, related))
                        {
                            var filter = field.Kind == FieldKind.List
                                ? (Filter)new ListFilter(field.Name, ListQuantifier.Some, condition)
                                : new ObjectFilter(field.Name, condition);
                            cases.Add(new CatalogCase($"{field.Name}.{name}", filter, e => Related(field, e).Any(test)));
                        }
                    }

                    break;
                default:
                    foreach (var (name, condition, test) in Scalar(field, entries.Cast<object>().ToList()))
                    {
                        cases.Add(new CatalogCase(name, condition, e => test(e)));
                    }

                    break;
            }
        }

        return cases;
    }

    private static IEnumerable<object> Related(CatalogField field, LinkedEntry entry) => Read(field, entry) switch
    {
        null => [],
        IEnumerable list and not string => list.Cast<object>(),
        var one => [one],
    };

    private static object? Read(CatalogField field, object model) =>
        ((Delegate)field.GetType().GetProperty("Read")!.GetValue(field)!).DynamicInvoke(model);

    private static IEnumerable<(string Name, FieldFilter Filter, Func<object, bool> Test)> Scalar(CatalogField field, IReadOnlyList<object> models)
    {
        var values = models.Select(m => Read(field, m)).Where(v => v is not null).Select(v => v!).Distinct().ToList();
        if (values.Count == 0)
        {
            yield break;
        }

        var value = values[values.Count / 2];
        var other = values[0];
        var operators = field.Kind switch
        {
            FieldKind.String => StringOperators,
            FieldKind.Int => IntOperators,
            _ => IdOperators,
        };
        foreach (var op in operators)
        {
            object operand = op switch
            {
                FilterOperator.In or FilterOperator.Nin => new List<object?> { value, other },
                FilterOperator.Contains or FilterOperator.NContains => Middle((string)value).ToUpperInvariant(),
                FilterOperator.StartsWith or FilterOperator.NStartsWith => ((string)value)[..Math.Min(3, ((string)value).Length)].ToLowerInvariant(),
                FilterOperator.EndsWith or FilterOperator.NEndsWith => ((string)value)[^Math.Min(3, ((string)value).Length)..].ToUpperInvariant(),
                _ => value,
            };
            yield return ($"{field.Name} {op} {Show(operand)}", new FieldFilter(field.Name, op, operand), m => Holds(op, Read(field, m), operand));
        }

        if (field.IsNullable)
        {
            yield return ($"{field.Name} Eq null", new FieldFilter(field.Name, FilterOperator.Eq, null), m => Read(field, m) is null);
            yield return ($"{field.Name} Neq null", new FieldFilter(field.Name, FilterOperator.Neq, null), m => Read(field, m) is not null);
            yield return (
                $"{field.Name} In [{Show(value)}, null]",
                new FieldFilter(field.Name, FilterOperator.In, new List<object?> { value, null }),
                m => Read(field, m) is not { } v || Equals(v, value));
        }
    }

    /// <summary>The rules as the README and FilterSchema state them: a null field compares false; negations are exact.</summary>
    private static bool Holds(FilterOperator op, object? actual, object operand) => op switch
    {
        FilterOperator.Eq => Equals(actual, operand),
        FilterOperator.Neq => !Equals(actual, operand),
        FilterOperator.In => ((List<object?>)operand).Contains(actual),
        FilterOperator.Nin => !((List<object?>)operand).Contains(actual),
        FilterOperator.Contains => actual is string s && s.Contains((string)operand, StringComparison.OrdinalIgnoreCase),
        FilterOperator.NContains => !(actual is string s && s.Contains((string)operand, StringComparison.OrdinalIgnoreCase)),
        FilterOperator.StartsWith => actual is string s && s.StartsWith((string)operand, StringComparison.OrdinalIgnoreCase),
        FilterOperator.NStartsWith => !(actual is string s && s.StartsWith((string)operand, StringComparison.OrdinalIgnoreCase)),
        FilterOperator.EndsWith => actual is string s && s.EndsWith((string)operand, StringComparison.OrdinalIgnoreCase),
        FilterOperator.NEndsWith => !(actual is string s && s.EndsWith((string)operand, StringComparison.OrdinalIgnoreCase)),
        FilterOperator.Gt => actual is int n && n > (int)operand,
        FilterOperator.Gte => actual is int n && n >= (int)operand,
        FilterOperator.Lt => actual is int n && n < (int)operand,
        FilterOperator.Lte => actual is int n && n <= (int)operand,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    private static string Middle(string s) => s.Length <= 4 ? s : s.Substring(s.Length / 2 - 2, 4);

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Show)) + "]",
        _ => value.ToString()!,
    };
}
