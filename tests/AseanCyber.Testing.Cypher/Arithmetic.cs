using System.Globalization;

namespace AseanCyber.Testing.Cypher;

/// <summary>+ - * / % ^ with Cypher's rules: integer arithmetic checks overflow, integer division truncates, + also concatenates strings and lists.</summary>
internal static class Arithmetic
{
    public static object? Apply(string op, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (op == "+")
        {
            switch (left)
            {
                case List<object?> l when right is List<object?> r:
                    return new List<object?>([.. l, .. r]);
                case List<object?> l:
                    return new List<object?>([.. l, right]);
                default:
                    if (right is List<object?> r2)
                    {
                        return new List<object?>([left, .. r2]);
                    }

                    break;
            }

            if (left is string || right is string)
            {
                return left is string or long or double or bool && right is string or long or double or bool
                    ? Text(left) + Text(right)
                    : throw Mismatch(op, left, right);
            }
        }

        if (!Values.IsNumber(left) || !Values.IsNumber(right))
        {
            throw Mismatch(op, left, right);
        }

        if (op == "^")
        {
            return Math.Pow(Values.ToDouble(left), Values.ToDouble(right));
        }

        if (left is long a && right is long b)
        {
            try
            {
                return op switch
                {
                    "+" => checked(a + b),
                    "-" => checked(a - b),
                    "*" => checked(a * b),
                    "/" => b == 0 ? throw new CypherException(CypherException.ArithmeticError, "/ by zero") : a == long.MinValue && b == -1 ? throw new OverflowException() : a / b,
                    "%" => b == 0 ? throw new CypherException(CypherException.ArithmeticError, "/ by zero") : b == -1 ? 0L : a % b,
                    _ => throw new InvalidOperationException(op),
                };
            }
            catch (OverflowException)
            {
                throw new CypherException(CypherException.ArithmeticError, "long overflow");
            }
        }

        var x = Values.ToDouble(left);
        var y = Values.ToDouble(right);
        return op switch
        {
            "+" => x + y,
            "-" => x - y,
            "*" => x * y,
            "/" => x / y,
            "%" => x % y,
            _ => throw new InvalidOperationException(op),
        };
    }

    /// <summary>How a value prints when concatenated or passed to toString().</summary>
    public static string Text(object v) => v switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FloatText(d),
        bool b => b ? "true" : "false",
        _ => throw CypherException.Type($"Cannot convert {Values.Describe(v)} to a string"),
    };

    /// <summary>Java's Double.toString as Neo4j prints floats: always a fraction or an exponent (1.0, 1.5E10).</summary>
    public static string FloatText(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "Infinity" : "-Infinity";
        }

        var abs = Math.Abs(d);
        if (d == 0 || (abs >= 1e-3 && abs < 1e7))
        {
            var s = d.ToString("R", CultureInfo.InvariantCulture);
            return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) ? s : s + ".0";
        }

        var e = d.ToString("0.0################E0", CultureInfo.InvariantCulture);
        return e;
    }

    private static CypherException Mismatch(string op, object left, object right) =>
        CypherException.Type($"Cannot apply {op} to {Values.Describe(left)} and {Values.Describe(right)}");
}
