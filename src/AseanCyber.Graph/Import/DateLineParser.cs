using System.Globalization;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Import;

/// <summary>
/// Reads a date line: <c>expr (; expr)*</c> where expr is a point or a range of points with an optional "(note)" before or
/// after it. A point is <c>[D] [Month] YYYY</c>; in a range the first point may leave out what it shares with the second
/// ("10-11 October 2017", "30 September - 2 October 2017", "September 2016 - March 2017", "2016-2020"). The whole line
/// must be dates: a line that merely contains one is not a date line.
/// </summary>
internal static partial class DateLineParser
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryParse(string line, out List<DateSpan> spans)
    {
        spans = [];
        var text = line.Trim();

        // Cheap rejections first: most lines of a page are not dates.
        if (text.Length is 0 or > 120 || !(char.IsAsciiDigit(text[0]) || char.IsAsciiLetter(text[0]) || text[0] == '('))
        {
            return false;
        }

        foreach (var segment in text.Split(';'))
        {
            if (!TryParseExpression(segment.Trim(), out var span))
            {
                spans = [];
                return false;
            }

            spans.Add(span);
        }

        return true;
    }

    /// <summary>
    /// A line made only of date words and numbers with a year ("Spring 2018", "Q3 2019", "mid-2017") that <see cref="TryParse"/>
    /// does not read: it is meant as a date, so taking it for a title or a sentence deserves a warning.
    /// </summary>
    public static bool LooksLikeDate(string line) =>
        line.Length <= 60 && !TryParse(line, out _) && DateLike().IsMatch(line.Trim());

    /// <summary>One point in time (no range, no note), as on the "Last Updated:" line.</summary>
    public static bool TryParsePoint(string text, out DateSpan span) =>
        TryParseExpression(text.Trim(), out span) && span.End is null && span.Note is null;

    private static bool TryParseExpression(string segment, out DateSpan span)
    {
        span = null!;
        var core = segment;
        string? note = null;

        if (core.EndsWith(')'))
        {
            var open = core.LastIndexOf('(');
            if (open < 0)
            {
                return false;
            }

            note = core[(open + 1)..^1].Trim();
            core = core[..open].TrimEnd();
        }
        else if (core.StartsWith('('))
        {
            var close = core.IndexOf(')', StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            note = core[1..close].Trim();
            core = core[(close + 1)..].TrimStart();
        }

        if (core.Length == 0 || note is { Length: 0 } || (note is not null && note.AsSpan().IndexOfAny('(', ')') >= 0))
        {
            return false;
        }

        if (!Tokenize(core, out var tokens) || !ParseRange(tokens, out var first, out var second))
        {
            return false;
        }

        var precision = first.Precision;
        span = new DateSpan(segment, first.Iso(), second?.Iso(), precision, note);
        return true;
    }

    private static bool ParseRange(List<Token> tokens, out Point first, out Point? second)
    {
        second = null;
        var position = 0;
        if (!ParsePoint(tokens, ref position, out first))
        {
            return false;
        }

        if (position == tokens.Count)
        {
            return first.IsComplete;
        }

        if (tokens[position].Kind != TokenKind.Dash)
        {
            return false;
        }

        position++;
        if (!ParsePoint(tokens, ref position, out var end) || position != tokens.Count)
        {
            return false;
        }

        // "May 23-25, 2018": the end borrows the month the first point names.
        if (end.Day is not null && end.Month is null && first is { Month: not null, Day: not null, Year: null })
        {
            end = end with { Month = first.Month };
        }

        if (!end.IsComplete || !end.IsValid)
        {
            return false;
        }

        // The first point borrows what it leaves out from the second: "10-11 October 2017", "30 September - 2 October 2017".
        var start = first with
        {
            Month = first.Month ?? (first.Day is not null ? end.Month : null),
            Year = first.Year ?? end.Year,
        };

        if (!start.IsComplete || !start.IsValid || start.Precision != end.Precision)
        {
            return false;
        }

        first = start;
        second = end;
        return true;
    }

    private static bool ParsePoint(List<Token> tokens, ref int position, out Point point)
    {
        point = default;
        int? day = null, month = null, year = null;
        if (position < tokens.Count && tokens[position] is { Kind: TokenKind.Number, Value: >= 1 and <= 31, Digits: <= 2 })
        {
            day = tokens[position++].Value;
        }

        if (position < tokens.Count && tokens[position].Kind == TokenKind.Month)
        {
            month = tokens[position++].Value;

            // "May 23, 2018", "May 23-25, 2018": the day after the month, then the year or the end of a range.
            if (day is null && position + 1 < tokens.Count && tokens[position] is { Kind: TokenKind.Number, Value: >= 1 and <= 31, Digits: <= 2 }
                && tokens[position + 1] is { Kind: TokenKind.Dash } or { Kind: TokenKind.Number, Digits: 4 })
            {
                day = tokens[position++].Value;
            }
        }

        if (position < tokens.Count && tokens[position] is { Kind: TokenKind.Number, Digits: 4, Value: >= 1900 and <= 2100 })
        {
            year = tokens[position++].Value;
        }

        if (day is null && month is null && year is null)
        {
            return false;
        }

        point = new Point(day, month, year);
        return point.IsValid;
    }

    private static bool Tokenize(string core, out List<Token> tokens)
    {
        tokens = new List<Token>(6);
        var i = 0;
        while (i < core.Length)
        {
            var c = core[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '-' or '–' or '—' or '‐' || (c == '/' && tokens is [.., { Kind: TokenKind.Number, Digits: 4 }]))
            {
                // "2018/2019": a slash between years is a range.
                tokens.Add(new Token(TokenKind.Dash, 0, 0));
                i++;
            }
            else if (c == ',' && tokens is [.., { Kind: TokenKind.Number, Digits: <= 2 }])
            {
                // "May 23, 2018".
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < core.Length && char.IsAsciiDigit(core[i]))
                {
                    i++;
                }

                var digits = i - start;
                if (digits > 4)
                {
                    return false;
                }

                var value = int.Parse(core.AsSpan(start, digits), NumberStyles.None, CultureInfo.InvariantCulture);

                // Ordinal days: "1st March 2017".
                if (digits <= 2 && i + 1 < core.Length && IsOrdinalSuffix(core.AsSpan(i, 2)))
                {
                    i += 2;
                }

                tokens.Add(new Token(TokenKind.Number, value, digits));
            }
            else if (char.IsAsciiLetter(c))
            {
                var start = i;
                while (i < core.Length && char.IsAsciiLetter(core[i]))
                {
                    i++;
                }

                var word = core.AsSpan(start, i - start);
                if (i < core.Length && core[i] == '.')
                {
                    i++;
                }

                if (word.Equals("to", StringComparison.OrdinalIgnoreCase))
                {
                    tokens.Add(new Token(TokenKind.Dash, 0, 0));
                }
                else if (word.Length <= 9 && TryMonth(word, out var month))
                {
                    tokens.Add(new Token(TokenKind.Month, month, 0));
                }
                else
                {
                    return false;
                }
            }
            else
            {
                return false;
            }

            if (tokens.Count > 8)
            {
                return false;
            }
        }

        return tokens.Count > 0;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static bool TryMonth(ReadOnlySpan<char> word, out int month)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return MonthLookup.TryGetValue(lower, out month);
    }

    internal static bool TryParseMonth(string word, out int month) =>
        TryMonth(word.AsSpan().TrimEnd('.'), out month);

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var m = 1; m <= 12; m++)
        {
            var name = names[m - 1].ToLowerInvariant();
            months[name] = m;
            months[name[..3]] = m;
        }

        months["sept"] = 9;
        return months;
    }

    private enum TokenKind
    {
        Number,
        Month,
        Dash,
    }

    private readonly record struct Token(TokenKind Kind, int Value, int Digits);

    private readonly record struct Point(int? Day, int? Month, int? Year)
    {
        public bool IsComplete => Year is not null && (Day is null || Month is not null);

        public bool IsValid => Day is null || Month is null || Day <= (Year is { } y ? DateTime.DaysInMonth(y, Month.Value) : MaxDays(Month.Value));

        public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

        public string Iso() => Precision switch
        {
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}"),
        };

        private static int MaxDays(int month) => month == 2 ? 29 : DateTime.DaysInMonth(2001, month);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?=.*\b(?:19|20)\d{2}\b)(?:(?:early|mid|late|end|beginning|spring|summer|autumn|fall|winter|of|by|since|until|Q[1-4]|H[12]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,4}(?:st|nd|rd|th)?|[\s,./()–—-])+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DateLike();
}
