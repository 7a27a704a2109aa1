namespace AseanCyber.GraphQL.Http.Documents;

/// <summary>
/// One linear pass over a GraphQL document before GraphQL-Parser sees it: counts tokens and directives (stopping as soon as
/// a limit is passed), finds the lexical errors GraphQL-Parser's lexer would report, and notes where each token is. It
/// follows GraphQL-Parser 9.5's lexer rule for rule, including its quirks (escape sequences are checked in comments too),
/// so the parser never meets a lexical error this pass let through.
/// </summary>
internal static class DocumentScanner
{
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    public static DocumentScan Scan(string source, int maxTokens, int maxDirectives)
    {
        var tokens = new List<Range>();
        var directives = 0;
        var longestLine = 0;
        var lineStart = 0;
        var i = 0;
        while (true)
        {
            // Insignificant characters: whitespace, line terminators, commas and the byte order mark.
            while (i < source.Length)
            {
                var c = source[i];
                if (c is '\n' or '\r')
                {
                    longestLine = Math.Max(longestLine, i - lineStart);
                    lineStart = i + 1;
                }
                else if (c is not (' ' or '\t' or ',' or '\uFEFF'))
                {
                    break;
                }

                i++;
            }

            if (i >= source.Length)
            {
                longestLine = Math.Max(longestLine, source.Length - lineStart);
                return new DocumentScan(tokens, directives, longestLine, null);
            }

            var start = i;
            var c0 = source[i];
            int end;
            string? error;
            if (c0 == '#')
            {
                (end, error) = ReadComment(source, i);
                if (error is not null)
                {
                    return Failed(tokens, directives, source, end, error);
                }

                i = end;
                continue;
            }

            if (c0 < ' ' && c0 != '\t')
            {
                return Failed(tokens, directives, source, i, $"Invalid character \"\\u{(int)c0:D4}\".");
            }

            switch (c0)
            {
                case '!' or '$' or '(' or ')' or ':' or '=' or '@' or '&' or '[' or ']' or '{' or '}' or '|':
                    end = i + 1;
                    error = null;
                    if (c0 == '@')
                    {
                        directives++;
                    }

                    break;
                case '.' when i + 2 < source.Length && source[i + 1] == '.' && source[i + 2] == '.':
                    end = i + 3;
                    error = null;
                    break;
                case (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_':
                    end = i + 1;
                    while (end < source.Length && IsNameContinue(source[end]))
                    {
                        end++;
                    }

                    error = null;
                    break;
                case (>= '0' and <= '9') or '-':
                    (end, error) = ReadNumber(source, i);
                    break;
                case '"' when i + 2 < source.Length && source[i + 1] == '"' && source[i + 2] == '"':
                    (end, error) = ReadBlockString(source, i);
                    break;
                case '"':
                    (end, error) = ReadString(source, i);
                    break;
                default:
                    return Failed(tokens, directives, source, i, $"Unexpected character {CharName(source, i)}");
            }

            if (error is not null)
            {
                return Failed(tokens, directives, source, end, error);
            }

            tokens.Add(new Range(start, end));
            if (tokens.Count > maxTokens || directives > maxDirectives)
            {
                // Stop here: the rest of the document is not worth reading.
                return new DocumentScan(tokens, directives, longestLine, null);
            }

            // Block strings may span lines; the line lengths that matter are those GraphQL-Parser would report columns on.
            for (var k = start; k < end; k++)
            {
                if (source[k] is '\n' or '\r')
                {
                    longestLine = Math.Max(longestLine, k - lineStart);
                    lineStart = k + 1;
                }
            }

            i = end;
        }
    }

    private static DocumentScan Failed(List<Range> tokens, int directives, string source, int position, string description) =>
        new(tokens, directives, int.MaxValue, new DocumentScanError(description, Math.Min(position, source.Length)));

    private static bool IsNameContinue(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    private static (int End, string? Error) ReadNumber(string source, int i)
    {
        var c = source[i];
        if (c == '-')
        {
            c = CharAt(source, ++i);
        }

        if (c == '0')
        {
            var next = CharAt(source, ++i);
            if (next is >= '0' and <= '9')
            {
                return (i, $"Invalid number, unexpected digit after {c}: \"{next}\"");
            }
        }
        else
        {
            var (afterDigits, digitsError) = ReadDigits(source, i);
            if (digitsError is not null)
            {
                return (i, digitsError);
            }

            i = afterDigits;
        }

        c = CharAt(source, i);
        if (c == '.')
        {
            var (afterDigits, digitsError) = ReadDigits(source, ++i);
            if (digitsError is not null)
            {
                return (i, digitsError);
            }

            i = afterDigits;
            c = CharAt(source, i);
        }

        if (c is 'e' or 'E')
        {
            c = CharAt(source, ++i);
            if (c is '+' or '-')
            {
                i++;
            }

            var (afterDigits, digitsError) = ReadDigits(source, i);
            if (digitsError is not null)
            {
                return (i, digitsError);
            }

            i = afterDigits;
        }

        return (i, null);
    }

    private static (int End, string? Error) ReadDigits(string source, int i)
    {
        var c = CharAt(source, i);
        if (c is < '0' or > '9')
        {
            return (i, $"Invalid number, expected digit but got: {(c == '\0' ? "<EOF>" : $"\"{c}\"")}");
        }

        while (i < source.Length && source[i] is >= '0' and <= '9')
        {
            i++;
        }

        return (i, null);
    }

    private static (int End, string? Error) ReadString(string source, int i)
    {
        i++;
        while (i < source.Length && source[i] is not ('\n' or '\r' or '"'))
        {
            var c = source[i];
            if (c < ' ' && c != '\t')
            {
                return (i, $"Invalid character within String: \\u{(int)c:D4}.");
            }

            if (c == '\\')
            {
                var (afterEscape, escapeError) = ReadEscape(source, i);
                if (escapeError is not null)
                {
                    return (afterEscape, escapeError);
                }

                i = afterEscape;
            }
            else
            {
                i++;
            }
        }

        return i < source.Length && source[i] == '"' ? (i + 1, null) : (i, "Unterminated string.");
    }

    // Comments are read like strings by GraphQL-Parser, escape sequences included.
    private static (int End, string? Error) ReadComment(string source, int i)
    {
        i++;
        while (i < source.Length && source[i] is not ('\n' or '\r'))
        {
            if (source[i] == '\\')
            {
                var (afterEscape, escapeError) = ReadEscape(source, i);
                if (escapeError is not null)
                {
                    return (afterEscape, escapeError);
                }

                i = afterEscape;
            }
            else
            {
                i++;
            }
        }

        return (i, null);
    }

    /// <summary>Reads the escape sequence at <paramref name="i"/> (a backslash); returns the index after it.</summary>
    private static (int End, string? Error) ReadEscape(string source, int i)
    {
        var escaped = CharAt(source, ++i);
        switch (escaped)
        {
            case '"' or '/' or '\\' or 'b' or 'f' or 'n' or 'r' or 't':
                return (i + 1, null);
            case 'u':
                if (i + 5 > source.Length)
                {
                    return (i, $"Invalid character escape sequence at EOF: \\{source[i..]}.");
                }

                var hex = source.AsSpan(i + 1, 4);
                foreach (var h in hex)
                {
                    if (!char.IsAsciiHexDigit(h))
                    {
                        return (i, $"Invalid character escape sequence: \\u{hex}.");
                    }
                }

                return (i + 5, null);
            default:
                return (i, $"Invalid character escape sequence: \\{escaped}.");
        }
    }

    private static (int End, string? Error) ReadBlockString(string source, int i)
    {
        i += 3;
        while (i < source.Length)
        {
            var c = source[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                return (i, $"Invalid character within block string: \\u{(int)c:D4}.");
            }

            if (c == '\\' && i + 3 < source.Length && source[i + 1] == '"' && source[i + 2] == '"' && source[i + 3] == '"')
            {
                i += 4;
            }
            else if (c == '"' && i + 2 < source.Length && source[i + 1] == '"' && source[i + 2] == '"')
            {
                return (i + 3, null);
            }
            else
            {
                i++;
            }
        }

        return (i, "Unterminated block string.");
    }

    private static char CharAt(string source, int i) => i < source.Length ? source[i] : '\0';

    private static string CharName(string source, int i)
    {
        // As GraphQL-Parser does: any four hex digits after the character make it read as an escape sequence.
        var isUnicodeEscape = i + 5 < source.Length && !source.AsSpan(i + 2, 4).ContainsAnyExcept(HexDigits);
        return isUnicodeEscape ? $"\"{source.AsSpan(i, 6)}\"" : $"\"{source[i]}\"";
    }
}

/// <summary>What <see cref="DocumentScanner"/> found: token positions (up to one past a limit), directives, the longest line.</summary>
internal sealed record DocumentScan(List<Range> Tokens, int Directives, int LongestLine, DocumentScanError? Error);

/// <summary>A lexical error and the index it is at.</summary>
internal sealed record DocumentScanError(string Description, int Position);
