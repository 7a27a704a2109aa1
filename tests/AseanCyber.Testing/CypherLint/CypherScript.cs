namespace AseanCyber.Testing;

/// <summary>One statement of a .cypher file: its text (without the closing <c>;</c>) and where that text starts in the file.</summary>
/// <param name="Line">1-based line of the statement's first character in the file.</param>
/// <param name="Column">1-based column of the statement's first character in the file.</param>
public sealed record CypherStatement(string Text, int Line, int Column)
{
    /// <summary>The file position of a 1-based (line, column) inside <see cref="Text"/>, e.g. a lint diagnostic's.</summary>
    public (int Line, int Column) ToFilePosition(int line, int column) =>
        line <= 1 ? (Line, Column + column - 1) : (Line + line - 1, column);
}

/// <summary>Splits a .cypher file into its statements.</summary>
public static class CypherScript
{
    /// <summary>
    /// Splits <paramref name="script"/> on each <c>;</c> at top level: a <c>;</c> inside a string ('...' or "...", with
    /// backslash escapes), a `quoted name` or a comment (<c>// ...</c> to the end of the line, <c>/* ... */</c>) does
    /// not end a statement. Each statement starts at its first non-blank character (a leading comment stays with it) and
    /// ends before its <c>;</c>, trailing blanks trimmed. A part holding only blanks and comments (after the last
    /// <c>;</c>, or between <c>;;</c>) is no statement and is dropped; one with an unclosed string or comment is kept,
    /// so that the linter reports it.
    /// </summary>
    public static IReadOnlyList<CypherStatement> Split(string script)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < script.Length; i++)
        {
            if (script[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var statements = new List<CypherStatement>();
        var start = -1;       // Index of the current part's first non-blank character, -1 before it.
        var hasCode = false;  // Whether the current part has anything but blanks and comments.
        var unclosed = false; // Whether the script ended inside a string, quoted name or block comment.

        void Emit(int end)
        {
            if (start >= 0 && (hasCode || unclosed))
            {
                var line = lineStarts.BinarySearch(start);
                line = line >= 0 ? line : ~line - 1;
                var text = script[start..end].TrimEnd();
                statements.Add(new CypherStatement(text, line + 1, start - lineStarts[line] + 1));
            }

            start = -1;
            hasCode = false;
        }

        var index = 0;
        while (index < script.Length)
        {
            var c = script[index];
            var next = index + 1 < script.Length ? script[index + 1] : '\0';
            if (c == ';')
            {
                Emit(index);
                index++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                index++;
                continue;
            }

            if (start < 0)
            {
                start = index;
            }

            if (c == '/' && next == '/')
            {
                var endOfLine = script.IndexOf('\n', index);
                index = endOfLine < 0 ? script.Length : endOfLine + 1;
            }
            else if (c == '/' && next == '*')
            {
                var close = script.IndexOf("*/", index + 2, StringComparison.Ordinal);
                unclosed |= close < 0;
                index = close < 0 ? script.Length : close + 2;
            }
            else if (c is '\'' or '"' or '`')
            {
                hasCode = true;
                index = SkipQuoted(script, index, ref unclosed);
            }
            else
            {
                hasCode = true;
                index++;
            }
        }

        Emit(script.Length);
        return statements;
    }

    /// <summary>The index after the string or quoted name opening at <paramref name="open"/>.</summary>
    private static int SkipQuoted(string script, int open, ref bool unclosed)
    {
        var quote = script[open];
        for (var i = open + 1; i < script.Length; i++)
        {
            if (quote != '`' && script[i] == '\\')
            {
                i++; // Skips the escaped character, e.g. \' or \\.
            }
            else if (script[i] == quote)
            {
                if (quote == '`' && i + 1 < script.Length && script[i + 1] == '`')
                {
                    i++; // `` inside a quoted name is one backtick.
                    continue;
                }

                return i + 1;
            }
        }

        unclosed = true;
        return script.Length;
    }
}
