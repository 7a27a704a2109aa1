using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace AseanCyber.GraphQL.Http.Documents;

/// <summary>
/// Parses a document in time linear in its length, refusing it before validation when it passes one of the limits in
/// <see cref="GraphQLLimits"/>: characters, tokens, directives, parser nesting, fragments, and selections once fragments
/// are expanded. Every later step (validation rules, complexity analysis, execution) works on a document whose size these
/// bound, so none of them can be made to work without bound.
/// </summary>
public sealed class LimitedDocumentBuilder(IOptionsMonitor<GraphQLLimits> limits) : IDocumentBuilder
{

    // GraphQL-Parser pads its error message with a loop of string concatenations as long as the error's column, so an
    // error at column n costs n²: past this line length the document is parsed in a copy with one token per line.
    private const int LongestCheapLine = 1_000;

    public GraphQLDocument Build(string body)
    {
        var settings = limits.CurrentValue;
        if (body.Length > settings.MaxDocumentLength)
        {
            throw new DocumentLimitError(
                GraphQLErrorCodes.MaxDocumentLengthExceeded,
                $"The document has {body.Length} characters; the limit is {settings.MaxDocumentLength}.");
        }

        var scan = DocumentScanner.Scan(body, settings.MaxTokens, settings.MaxDirectives);
        if (scan.Error is { } lexical)
        {
            throw SyntaxErrorAt(body, lexical.Position, lexical.Description);
        }

        if (scan.Tokens.Count > settings.MaxTokens)
        {
            throw new DocumentLimitError(GraphQLErrorCodes.MaxTokensExceeded, $"The document has more than {settings.MaxTokens} tokens, the limit.");
        }

        if (scan.Directives > settings.MaxDirectives)
        {
            throw new DocumentLimitError(GraphQLErrorCodes.MaxDirectivesExceeded, $"The document has more than {settings.MaxDirectives} directives, the limit.");
        }

        var parserOptions = new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = settings.MaxParserDepth };
        var document = scan.LongestLine <= LongestCheapLine
            ? Parse(body, body, parserOptions, position => position)
            : ParseLongLines(body, scan.Tokens, parserOptions);

        SelectionBudget.Check(document, settings.MaxFragments, settings.MaxSelections);
        return document;
    }

    private static GraphQLDocument ParseLongLines(string body, List<Range> tokens, ParserOptions parserOptions)
    {
        // Only where each token starts matters to the parser's errors, so a copy with each token on its own line fails
        // exactly where the document does, at a small column; a copy that parses means the document parses too.
        var copy = new System.Text.StringBuilder(body.Length + tokens.Count);
        var copyStarts = new int[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            copyStarts[t] = copy.Length;
            copy.Append(body.AsSpan(tokens[t])).Append('\n');
        }

        var copyText = copy.ToString();
        Parse(body, copyText, parserOptions, copyPosition =>
        {
            var t = Array.BinarySearch(copyStarts, copyPosition);
            t = t >= 0 ? t : ~t - 1;
            if (t < 0)
            {
                return 0;
            }

            // Past the last token is the end of the document, where GraphQL-Parser reports "Unexpected <EOF>".
            var (offset, length) = tokens[t].GetOffsetAndLength(body.Length);
            var within = copyPosition - copyStarts[t];
            return within <= length ? offset + within : t == tokens.Count - 1 ? body.Length : offset + length;
        });
        return Parse(body, body, parserOptions, position => position);
    }

    /// <summary>Parses <paramref name="text"/> (the document or its copy), reporting errors at their place in <paramref name="body"/>.</summary>
    private static GraphQLDocument Parse(string body, string text, ParserOptions parserOptions, Func<int, int> toBodyPosition)
    {
        try
        {
            return Parser.Parse(text, parserOptions);
        }
        catch (GraphQLMaxDepthExceededException ex)
        {
            var position = toBodyPosition(PositionOf(text, ex.Location));
            var error = new DocumentLimitError(
                GraphQLErrorCodes.MaxParserDepthExceeded,
                $"The document is nested more than {parserOptions.MaxDepth} levels deep (fields, arguments, lists and input objects), the parser's limit.");
            error.AddLocation(Location.FromLinearPosition(body, position));
            throw error;
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            throw SyntaxErrorAt(body, toBodyPosition(PositionOf(text, ex.Location)), ex.Description);
        }
    }

    private static DocumentLimitError SyntaxErrorAt(string body, int position, string description)
    {
        var error = new DocumentLimitError(GraphQLErrorCodes.SyntaxError, "Error parsing query: " + description);
        error.AddLocation(Location.FromLinearPosition(body, position));
        return error;
    }

    /// <summary>The index of a line and column GraphQL-Parser reported (lines end at \n, \r\n or \r; columns count from 1).</summary>
    private static int PositionOf(string text, Location location)
    {
        var line = 1;
        var i = 0;
        while (line < location.Line && i < text.Length)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                line++;
            }

            i++;
        }

        return Math.Min(i + location.Column - 1, text.Length);
    }
}

/// <summary>A document refused before validation: a syntax error, or one of the limits of <see cref="GraphQLLimits"/>.</summary>
public sealed class DocumentLimitError : DocumentError
{
    public DocumentLimitError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
