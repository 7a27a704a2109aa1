namespace AseanCyber.Graph.Import;

/// <summary>One line of the page: <see cref="Raw"/> keeps the indentation (nesting, continuation), <see cref="Text"/> is trimmed.</summary>
internal sealed record SourceLine(int Number, string Raw, string Text)
{
    public bool IsBlank => Text.Length == 0;

    public bool IsIndented => Raw.Length > 0 && char.IsWhiteSpace(Raw[0]);

    public override string ToString() => $"{Number}: {Text}";
}

internal static class SourceText
{
    private static readonly System.Buffers.SearchValues<char> UnicodeSpaces =
        System.Buffers.SearchValues.Create("\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\t");

    /// <summary>
    /// Splits a page into numbered lines as an editor would number them: CRLF, LF and CR all end a line, a leading BOM
    /// and trailing whitespace are dropped. C0 control characters other than tab and form feed mean the text is not a page at all.
    /// </summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var number = 1;
        for (var i = start; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r'))
            {
                var c = text[i];
                if (c is < ' ' and not ('\t' or '\f' or '\v') or '\u007F')
                {
                    throw new ProfileFormatException(number, $"the text contains a control character (U+{(int)c:X4}): it looks like binary data, not a profile page");
                }

                continue;
            }

            var raw = text[start..i].TrimEnd();
            lines.Add(new SourceLine(number, raw, NormalizeSpaces(raw.TrimStart())));
            number++;
            if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        // A final line break does not open another line.
        if (lines.Count > 1 && lines[^1].IsBlank && text.Length > 0 && text[^1] is '\n' or '\r')
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>No-break and other Unicode spaces read as plain spaces (the seed has one before "(Hanoi)").</summary>
    private static string NormalizeSpaces(string text)
    {
        if (!text.AsSpan().ContainsAny(UnicodeSpaces))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = UnicodeSpaces.Contains(source[i]) ? ' ' : source[i];
            }
        });
    }
}
