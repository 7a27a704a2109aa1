using System.Globalization;
using System.Text.RegularExpressions;

namespace AseanCyber.Neo4j.QueryApi;

/// <summary>
/// Reads the text forms typed JSON uses for temporal and spatial values: ISO-8601 as Java's java.time writes it
/// (e.g. <c>2015-06-24T12:50:35.556+01:00[Europe/Berlin]</c>, <c>P14DT16H12M</c>) and WKT points (<c>SRID=4326;POINT (1.5 2.5)</c>).
/// Throws <see cref="FormatException"/> on anything else.
/// </summary>
internal static partial class TemporalText
{
    public static DateOnly ParseDate(string text)
    {
        var scanner = new Scanner(text);
        var date = scanner.Date();
        scanner.End();
        return date;
    }

    public static TimeOnly ParseLocalTime(string text)
    {
        var scanner = new Scanner(text);
        var ticks = scanner.TimeOfDayTicks();
        scanner.End();
        return new TimeOnly(ticks);
    }

    public static Neo4jTime ParseTime(string text)
    {
        var scanner = new Scanner(text);
        var ticks = scanner.TimeOfDayTicks();
        var offset = scanner.Offset();
        scanner.End();
        return new Neo4jTime(new TimeOnly(ticks), offset);
    }

    public static DateTime ParseLocalDateTime(string text)
    {
        var scanner = new Scanner(text);
        var dateTime = scanner.DateTime();
        scanner.End();
        return dateTime;
    }

    public static DateTimeOffset ParseOffsetDateTime(string text)
    {
        var scanner = new Scanner(text);
        var dateTime = scanner.DateTime();
        var offset = scanner.Offset();
        scanner.End();
        return Combine(dateTime, offset);
    }

    public static Neo4jZonedDateTime ParseZonedDateTime(string text)
    {
        var scanner = new Scanner(text);
        var dateTime = scanner.DateTime();
        var offset = scanner.Offset();
        var zone = scanner.Zone();
        scanner.End();
        return new Neo4jZonedDateTime(Combine(dateTime, offset), zone);
    }

    /// <summary>ISO-8601 <c>PnYnMnWnDTnHnMn.nS</c>, each number possibly signed, only seconds with a fraction.</summary>
    public static Neo4jDuration ParseDuration(string text)
    {
        var scanner = new Scanner(text);
        scanner.Expect('P');
        long months = 0, days = 0;
        Int128 nanos = 0;
        var components = 0;
        var inTime = false;
        while (!scanner.AtEnd)
        {
            if (!inTime && scanner.TryTake('T'))
            {
                inTime = true;
                continue;
            }

            var (whole, fraction) = scanner.SignedDecimal();
            var unit = scanner.Take();
            if (fraction != 0 && !(inTime && unit == 'S'))
            {
                throw new FormatException($"only seconds may have a fraction in duration \"{text}\"");
            }

            checked
            {
                switch (inTime, unit)
                {
                    case (false, 'Y'): months += whole * 12; break;
                    case (false, 'M'): months += whole; break;
                    case (false, 'W'): days += whole * 7; break;
                    case (false, 'D'): days += whole; break;
                    case (true, 'H'): nanos += (Int128)whole * 3_600_000_000_000; break;
                    case (true, 'M'): nanos += (Int128)whole * 60_000_000_000; break;
                    case (true, 'S'): nanos += ((Int128)whole * 1_000_000_000) + fraction; break;
                    default: throw new FormatException($"unexpected '{unit}' in duration \"{text}\"");
                }
            }

            components++;
        }

        if (components == 0)
        {
            throw new FormatException($"duration \"{text}\" has no components");
        }

        var seconds = Int128.DivRem(nanos, 1_000_000_000);
        var wholeSeconds = seconds.Quotient;
        var nanoseconds = seconds.Remainder;
        if (nanoseconds < 0)
        {
            wholeSeconds -= 1;
            nanoseconds += 1_000_000_000;
        }

        return new Neo4jDuration(months, days, checked((long)wholeSeconds), (int)nanoseconds);
    }

    public static Neo4jPoint ParsePoint(string text)
    {
        var match = PointPattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"\"{text}\" is not a WKT point like SRID=4326;POINT (1.5 2.5)");
        }

        var srid = int.Parse(match.Groups["srid"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var x = ParseCoordinate(match.Groups["x"].Value);
        var y = ParseCoordinate(match.Groups["y"].Value);
        double? z = match.Groups["z"].Success ? ParseCoordinate(match.Groups["z"].Value) : null;
        return new Neo4jPoint(srid, x, y, z);
    }

    private static double ParseCoordinate(string text) =>
        double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static DateTimeOffset Combine(DateTime dateTime, TimeSpan offset)
    {
        try
        {
            return new DateTimeOffset(dateTime, offset);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{dateTime:O} with offset {offset} is outside .NET's range: {e.Message}", e);
        }
    }

    [GeneratedRegex(@"^SRID=(?<srid>\d+);\s*POINT\s*(?:Z\s*)?\(\s*(?<x>\S+)\s+(?<y>[^\s)]+)(?:\s+(?<z>[^\s)]+))?\s*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex PointPattern();

    private struct Scanner
    {
        private readonly string _text;
        private int _position;

        public Scanner(string text)
        {
            _text = text;
            _position = 0;
        }

        public readonly bool AtEnd => _position == _text.Length;

        public bool TryTake(char c)
        {
            if (_position < _text.Length && _text[_position] == c)
            {
                _position++;
                return true;
            }

            return false;
        }

        public char Take() => _position < _text.Length ? _text[_position++] : throw Fail("unexpected end");

        public void Expect(char c)
        {
            if (!TryTake(c))
            {
                throw Fail($"expected '{c}'");
            }
        }

        public readonly void End()
        {
            if (!AtEnd)
            {
                throw Fail("unexpected text");
            }
        }

        public DateOnly Date()
        {
            var negative = TryTake('-');
            if (!negative)
            {
                TryTake('+');
            }

            var year = Digits(4, 9);
            Expect('-');
            var month = Digits(2, 2);
            Expect('-');
            var day = Digits(2, 2);
            if (negative || year is < 1 or > 9999)
            {
                throw Fail("the year is outside .NET's 1..9999");
            }

            try
            {
                return new DateOnly((int)year, (int)month, (int)day);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw Fail("no such date");
            }
        }

        public DateTime DateTime()
        {
            var date = Date();
            Expect('T');
            var ticks = TimeOfDayTicks();
            return date.ToDateTime(new TimeOnly(ticks), DateTimeKind.Unspecified);
        }

        /// <summary>HH:mm[:ss[.fffffffff]], the fraction cut to .NET's 100 ns ticks.</summary>
        public long TimeOfDayTicks()
        {
            var hour = Digits(2, 2);
            Expect(':');
            var minute = Digits(2, 2);
            long second = 0, fractionTicks = 0;
            if (TryTake(':'))
            {
                second = Digits(2, 2);
                if (TryTake('.') || TryTake(','))
                {
                    fractionTicks = FractionNanos() / 100;
                }
            }

            if (hour > 23 || minute > 59 || second > 59)
            {
                throw Fail("no such time of day");
            }

            return (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond) + fractionTicks;
        }

        /// <summary>Z, or ±HH[:mm[:ss]] with whole minutes (all .NET can hold).</summary>
        public TimeSpan Offset()
        {
            if (TryTake('Z'))
            {
                return TimeSpan.Zero;
            }

            var sign = TryTake('+') ? 1 : TryTake('-') ? -1 : throw Fail("expected an offset (Z, +hh:mm or -hh:mm)");
            var hours = Digits(2, 2);
            long minutes = 0, seconds = 0;
            if (TryTake(':'))
            {
                minutes = Digits(2, 2);
                if (TryTake(':'))
                {
                    seconds = Digits(2, 2);
                }
            }

            if (hours > 18 || minutes > 59 || seconds != 0)
            {
                throw Fail("the offset is not whole minutes within ±18 hours");
            }

            return TimeSpan.FromMinutes(sign * ((hours * 60) + minutes));
        }

        public string Zone()
        {
            Expect('[');
            var close = _text.IndexOf(']', _position);
            if (close <= _position)
            {
                throw Fail("expected a zone id in brackets");
            }

            var zone = _text[_position..close];
            _position = close + 1;
            return zone;
        }

        /// <summary>[±]digits[.digits]: the whole part and the fraction in nanoseconds, both with the sign.</summary>
        public (long Whole, long FractionNanos) SignedDecimal()
        {
            var sign = TryTake('-') ? -1 : 1;
            if (sign == 1)
            {
                TryTake('+');
            }

            var whole = Digits(1, 18);
            long fraction = 0;
            if (TryTake('.') || TryTake(','))
            {
                fraction = FractionNanos();
            }

            return (sign * whole, sign * fraction);
        }

        private long FractionNanos()
        {
            var start = _position;
            var digits = Digits(1, 9);
            var count = _position - start;
            for (var i = count; i < 9; i++)
            {
                digits *= 10;
            }

            return digits;
        }

        private long Digits(int min, int max)
        {
            var start = _position;
            long value = 0;
            while (_position < _text.Length && _position - start < max && char.IsAsciiDigit(_text[_position]))
            {
                value = (value * 10) + (_text[_position] - '0');
                _position++;
            }

            if (_position - start < min)
            {
                throw Fail($"expected {min} or more digits");
            }

            return value;
        }

        private readonly FormatException Fail(string problem) =>
            new($"\"{_text}\" at position {_position}: {problem}");
    }
}
