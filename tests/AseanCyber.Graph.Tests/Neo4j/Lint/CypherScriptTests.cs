namespace AseanCyber.Graph.Tests.Neo4j.Lint;

public sealed class CypherScriptTests
{
    [Fact]
    public void Splits_on_top_level_semicolons_and_keeps_where_each_statement_starts()
    {
        const string script = "// schema\nCREATE INDEX a FOR (n:Entry) ON (n.year);\n\n  MATCH (n) RETURN n ;RETURN 1;\n";

        var statements = CypherScript.Split(script);

        Assert.Equal(
            [
                new CypherStatement("// schema\nCREATE INDEX a FOR (n:Entry) ON (n.year)", 1, 1),
                new CypherStatement("MATCH (n) RETURN n", 4, 3),
                new CypherStatement("RETURN 1", 4, 23),
            ],
            statements);
    }

    [Theory]
    [InlineData("RETURN 'a;b' AS x")]
    [InlineData("RETURN \"a;b\" AS x")]
    [InlineData("RETURN 'it\\'s; \\\\' AS x")]
    [InlineData("RETURN \"say \\\";\" AS x")]
    [InlineData("RETURN 1 AS `a;b`")]
    [InlineData("RETURN 1 AS `a``;b`")]
    [InlineData("RETURN 1 // a; b\nAS x")]
    [InlineData("RETURN 1 /* a;\n b; */ AS x")]
    [InlineData("RETURN 'http://example.org/;x' AS x")]
    public void A_semicolon_inside_a_string_name_or_comment_does_not_split(string statement)
    {
        Assert.Equal([new CypherStatement(statement, 1, 1)], CypherScript.Split(statement + ";\n"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData(";;\n;")]
    [InlineData("// only a comment; with a semicolon\n")]
    [InlineData("/* a block; comment */")]
    public void Blanks_and_comments_alone_are_no_statement(string script)
    {
        Assert.Empty(CypherScript.Split(script));
    }

    [Fact]
    public void A_comment_after_the_last_semicolon_is_dropped_and_the_last_semicolon_is_optional()
    {
        Assert.Equal(
            [new CypherStatement("RETURN 1", 1, 1), new CypherStatement("RETURN 2\n// done; really", 1, 11)],
            CypherScript.Split("RETURN 1; RETURN 2\n// done; really\n"));
        Assert.Equal([new CypherStatement("RETURN 1", 1, 1)], CypherScript.Split("RETURN 1;\n// the end\n"));
    }

    [Theory]
    [InlineData("RETURN 'open")]
    [InlineData("RETURN `open")]
    [InlineData("RETURN 1 /* open")]
    [InlineData("/* open")]
    public void An_unclosed_string_or_comment_is_kept_for_the_linter_to_report(string script)
    {
        Assert.Equal([new CypherStatement(script, 1, 1)], CypherScript.Split(script));
    }

    [Theory]
    [InlineData(1, 1, 4, 3)]
    [InlineData(1, 5, 4, 7)]
    [InlineData(2, 1, 5, 1)]
    [InlineData(3, 9, 6, 9)]
    public void A_position_in_a_statement_maps_to_the_file(int line, int column, int fileLine, int fileColumn)
    {
        Assert.Equal((fileLine, fileColumn), new CypherStatement("x", 4, 3).ToFilePosition(line, column));
    }
}
