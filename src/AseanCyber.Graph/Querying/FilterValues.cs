using System.Collections;

namespace AseanCyber.Graph.Querying;

/// <summary>
/// Reading a <see cref="FieldFilter"/>'s value as its operator needs it, once for both adapters: they differ in what they
/// compile a comparison to, not in which values they accept.
/// </summary>
internal static class FilterValues
{
    public delegate bool Converter<TValue>(object value, out TValue result);

    /// <summary>The non-null items of an in/nin list, converted, and whether the list also held null.</summary>
    /// <exception cref="ArgumentException">The value is not a list, or an item is not <paramref name="expected"/>.</exception>
    public static (List<TValue> Values, bool MatchesNull) Split<TValue>(FieldFilter filter, Converter<TValue> convert, string expected)
    {
        if (filter.Value is not IEnumerable list || filter.Value is string)
        {
            throw new ArgumentException($"Operator {filter.Operator} on '{filter.Field}' needs a list value.", nameof(filter));
        }

        var values = new List<TValue>();
        var matchesNull = false;
        foreach (var item in list)
        {
            if (item is null)
            {
                matchesNull = true;
            }
            else
            {
                values.Add(convert(item, out var value) ? value : throw WrongValue(filter, expected));
            }
        }

        return (values, matchesNull);
    }

    public static bool TryString(object value, out string result)
    {
        result = value as string ?? "";
        return value is string;
    }

    public static bool TryInt(object value, out int result)
    {
        var n = ToInt(value);
        result = n ?? 0;
        return n is not null;
    }

    public static bool TryEnum<TEnum>(object value, out TEnum result)
        where TEnum : struct, Enum
    {
        result = value is TEnum e ? e : default;
        return value is TEnum;
    }

    /// <summary>The value as an int when it is an integer that fits; null otherwise.</summary>
    public static int? ToInt(object? value) => value switch
    {
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        short s => s,
        byte b => b,
        _ => null,
    };

    public static ArgumentException WrongValue(FieldFilter filter, string expected) =>
        new($"Operator {filter.Operator} on '{filter.Field}' needs {expected}, not {filter.Value?.GetType().Name ?? "null"}.", nameof(filter));
}
