using AseanCyber.Api.Export;

namespace AseanCyber.Api.Tests.Export;

/// <summary>nodes.csv and edges.csv: strict RFC 4180, the whole graph when read back, and no cell a spreadsheet would run.</summary>
[Collection(ExportCollection.Name)]
public sealed class CsvExportTests(ExportFixture fixture)
{
    [Theory]
    [InlineData("Embedded", null)]
    [InlineData("Neo4j", null)]
    [InlineData("Embedded", HostileProfile.Id)]
    [InlineData("Neo4j", "profile:asean")]
    public async Task Read_back_they_are_the_graph_with_every_evidence_and_line(string provider, string? profile)
    {
        var nodes = await fixture.ExportAsync(provider, "nodes.csv", profile);
        var edges = await fixture.ExportAsync(provider, "edges.csv", profile);
        var expected = profile is null ? fixture.Source : fixture.Source.Subgraph(profile);

        var export = TestGraph.FromCsv(nodes.Text, edges.Text);

        Assert.Equal(expected.NodeLines(), export.NodeLines());
        Assert.Equal(expected.EdgeLines(), export.EdgeLines());
        Assert.Contains(export.Edges, e => e.Type == "ISSUED_BY" && e.Properties.ContainsKey("evidence") && e.Properties.ContainsKey("line"));
    }

    [Theory]
    [MemberData(nameof(ExportFixture.Providers), MemberType = typeof(ExportFixture))]
    public async Task No_cell_starts_a_formula_and_the_guard_comes_off(string provider)
    {
        var nodes = StrictCsv.Parse((await fixture.ExportAsync(provider, "nodes.csv", HostileProfile.Id)).Text);
        var edges = StrictCsv.Parse((await fixture.ExportAsync(provider, "edges.csv", HostileProfile.Id)).Text);

        var cells = nodes.Concat(edges).SelectMany(r => r).Select(f => f.Text).ToList();
        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0');

        // The OWASP example is written with the guard before it, and read back without it.
        var header = edges[0].Select(f => f.Text).ToList();
        var issued = edges.Single(r => r[2].Text == "ISSUED_BY");
        Assert.Equal("'" + HostileProfile.Formula, issued[header.IndexOf("evidence")].Text);
        Assert.Contains("'=HOST()", cells);
        Assert.Contains("''=SUM(A1:A9)", cells);
        Assert.Contains("'+Theme with\ttab, newline\nand CR LF\r\nend", cells);
    }

    [Fact]
    public async Task An_empty_text_is_quoted_and_a_missing_value_is_empty()
    {
        var nodes = StrictCsv.Parse((await fixture.ExportAsync("Embedded", "nodes.csv", HostileProfile.Id)).Text);
        var header = nodes[0].Select(f => f.Text).ToList();
        var second = nodes.Single(r => r[0].Text == "entry:hostile:two");

        Assert.Equal(new CsvField("", Quoted: true), second[header.IndexOf("category")]);
        Assert.Equal(new CsvField("", Quoted: false), second[header.IndexOf("status")]);
        Assert.Equal(new CsvField("[]", Quoted: false), second[header.IndexOf("items")]);
    }

    [Fact]
    public async Task Files_are_UTF8_without_a_byte_order_mark_with_CRLF_records()
    {
        var response = await fixture.Embedded.CreateClient().GetAsync(new Uri("/export/nodes.csv?profile=" + HostileProfile.Id, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), "No byte order mark.");
        Assert.Contains("Côte d'\"\"Ivoire\"\"", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.EndsWith("\r\n", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("'x", "''x")]
    [InlineData("x=1", "x=1")]
    [InlineData("", "")]
    public void The_guard_is_a_leading_quote(string text, string guarded)
    {
        Assert.Equal(guarded, CsvWriter.Guard(text));
        Assert.Equal(text, TestGraph.Unguard(CsvWriter.Guard(text)));
    }

    [Fact]
    public void A_leading_tab_CR_or_NUL_is_guarded_too()
    {
        foreach (var text in new[] { "\tx", "\rx", "\0x" })
        {
            Assert.Equal("'" + text, CsvWriter.Guard(text));
        }
    }

    [Fact]
    public void The_strict_reader_refuses_what_RFC_4180_does_not_allow()
    {
        Assert.Throws<FormatException>(() => StrictCsv.Parse("a,b\nc,d\r\n"));
        Assert.Throws<FormatException>(() => StrictCsv.Parse("a,b\r\nc\"d,e\r\n"));
        Assert.Throws<FormatException>(() => StrictCsv.Parse("a,b\r\n\"c\"d,e\r\n"));
        Assert.Throws<FormatException>(() => StrictCsv.Parse("a,b\r\n\"c,e\r\n"));
        Assert.Throws<FormatException>(() => StrictCsv.Parse("a,b\r\nc\r\n"));
        Assert.Equal(2, StrictCsv.Parse("a,b\r\n\"c\r\n\"\"x\"\"\",\r\n").Count);
    }
}
