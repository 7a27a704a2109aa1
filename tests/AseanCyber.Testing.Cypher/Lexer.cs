using System.Globalization;
using System.Text;

namespace AseanCyber.Testing.Cypher;

internal enum TokenKind
{
    Identifier,
    QuotedIdentifier,
    Integer,
    Float,
    String,
    Parameter,
    Symbol,
    End,
}

internal readonly record struct Token(TokenKind Kind, string Text, int Offset, object? Value = null)
{
    /// <summary>Where the token ends in the statement text (set by the lexer).</summary>
    public int End { get; init; }

    public bool Is(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    /// <summary>A keyword is an unquoted identifier, compared without case.</summary>
    public bool IsKeyword(string keyword) => Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Kind == TokenKind.End ? "end of input" : $"'{Text}'";
}

/// <summary>Splits a statement into tokens; comments (<c>//</c>, <c>/* */</c>) disappear, which is what keeps the adapter's markers valid Cypher.</summary>
internal static class Lexer
{
    private static readonly string[] Symbols =
        ["..", "<>", "!=", "<=", ">=", "=~", "+=", "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "|", "+", "-", "*", "/", "%", "^", "=", "<", ">", "$"];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            i = SkipTrivia(text, i);
            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, "", i));
                return tokens;
            }

            var c = text[i];
            var start = i;
            var before = tokens.Count;
            if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && !PrecededByDot(tokens)))
            {
                tokens.Add(Number(text, ref i));
            }
            else if (c is '\'' or '"')
            {
                var value = ReadString(text, ref i);
                tokens.Add(new Token(TokenKind.String, text[start..i], start, value));
            }
            else if (c == '`')
            {
                tokens.Add(new Token(TokenKind.QuotedIdentifier, ReadQuoted(text, ref i), start));
            }
            else if (IsIdentifierStart(c))
            {
                while (i < text.Length && IsIdentifierPart(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start));
            }
            else if (c == '$')
            {
                i++;
                string name;
                if (i < text.Length && text[i] == '`')
                {
                    name = ReadQuoted(text, ref i);
                }
                else
                {
                    var nameStart = i;
                    while (i < text.Length && IsIdentifierPart(text[i]))
                    {
                        i++;
                    }

                    name = text[nameStart..i];
                }

                if (name.Length == 0)
                {
                    throw CypherException.Syntax($"Invalid input '$' at offset {start}: a parameter needs a name.");
                }

                tokens.Add(new Token(TokenKind.Parameter, name, start));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw CypherException.Syntax($"Invalid input '{c}' at offset {i}.");
                i += symbol.Length;
                tokens.Add(new Token(TokenKind.Symbol, symbol, start));
            }

            if (tokens.Count > before)
            {
                tokens[^1] = tokens[^1] with { End = i };
            }
        }
    }

    private static bool PrecededByDot(List<Token> tokens) => tokens.Count > 0 && tokens[^1].Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier;

    private static int SkipTrivia(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (string.CompareOrdinal(text, i, "//", 0, 2) == 0)
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (string.CompareOrdinal(text, i, "/*", 0, 2) == 0)
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw CypherException.Syntax($"Unterminated comment at offset {i}.");
                }

                i = end + 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static Token Number(string text, ref int i)
    {
        var start = i;
        if (text[i] == '0' && i + 1 < text.Length && text[i + 1] is 'x' or 'X')
        {
            i += 2;
            while (i < text.Length && Uri.IsHexDigit(text[i]))
            {
                i++;
            }

            var hex = text[(start + 2)..i];
            return long.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h) && h >= 0
                ? new Token(TokenKind.Integer, text[start..i], start, h)
                : throw CypherException.Syntax($"Invalid hexadecimal integer '{text[start..i]}'.");
        }

        var isFloat = false;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        // "1..6" is a range, not the float "1." followed by ".6".
        if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            isFloat = true;
            i++;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < text.Length && text[j] is '+' or '-')
            {
                j++;
            }

            if (j < text.Length && char.IsDigit(text[j]))
            {
                isFloat = true;
                i = j;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }
            }
        }

        if (i < text.Length && IsIdentifierStart(text[i]))
        {
            throw CypherException.Syntax($"Invalid number '{text[start..(i + 1)]}' at offset {start}.");
        }

        var literal = text[start..i];
        if (isFloat)
        {
            return new Token(TokenKind.Float, literal, start, double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return long.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? new Token(TokenKind.Integer, literal, start, value)
            : throw CypherException.Syntax($"integer is too large: {literal}");
    }

    private static string ReadString(string text, ref int i)
    {
        var quote = text[i];
        var start = i;
        i++;
        var sb = new StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                throw CypherException.Syntax($"Unterminated string starting at offset {start}.");
            }

            var c = text[i++];
            if (c == quote)
            {
                return sb.ToString();
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            if (i >= text.Length)
            {
                throw CypherException.Syntax($"Unterminated string starting at offset {start}.");
            }

            var e = text[i++];
            switch (e)
            {
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u':
                    sb.Append(Unicode(text, ref i, 4));
                    break;
                case 'U':
                    sb.Append(Unicode(text, ref i, 8));
                    break;
                default:
                    throw CypherException.Syntax($"Invalid escape sequence '\\{e}' at offset {i - 2}.");
            }
        }
    }

    private static string Unicode(string text, ref int i, int digits)
    {
        if (i + digits > text.Length || !int.TryParse(text.AsSpan(i, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw CypherException.Syntax($"Invalid unicode escape at offset {i}.");
        }

        i += digits;
        return char.ConvertFromUtf32(code);
    }

    private static string ReadQuoted(string text, ref int i)
    {
        var start = i;
        i++;
        var sb = new StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                throw CypherException.Syntax($"Unterminated quoted name starting at offset {start}.");
            }

            var c = text[i++];
            if (c == '`')
            {
                if (i < text.Length && text[i] == '`')
                {
                    sb.Append('`');
                    i++;
                    continue;
                }

                return sb.ToString();
            }

            sb.Append(c);
        }
    }
}
