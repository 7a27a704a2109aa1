using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using AseanCyber.Api.Export;

namespace AseanCyber.Api.Tests.Export;

/// <summary>GraphML exports: valid against the GraphML 1.0 schema, and holding the graph, typed, on both adapters.</summary>
[Collection(ExportCollection.Name)]
public sealed class GraphMLExportTests(ExportFixture fixture)
{
    private static readonly Lazy<XmlSchemaSet> Schema = new(LoadSchema);

    public static TheoryData<string, string?> Exports => new()
    {
        { "Embedded", null },
        { "Neo4j", null },
        { "Embedded", "profile:asean" },
        { "Neo4j", HostileProfile.Id },
        { "Embedded", HostileProfile.Id },
        { "Neo4j", "profile:pif" },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task Validates_against_the_GraphML_schema(string provider, string? profile)
    {
        var export = await fixture.ExportAsync(provider, "graph.graphml", profile);

        var errors = Validate(export.Text);

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void The_schema_refuses_what_GraphML_forbids()
    {
        // The validation above could pass vacuously if the schema were not applied: these are each one rule broken.
        const string head = """<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="k" for="node" attr.name="name" attr.type="string"/>""";
        Assert.NotEmpty(Validate(head + """<graph edgedefault="directed"><node id="a"/><edge source="a" target="b"/></graph></graphml>"""));
        Assert.NotEmpty(Validate(head + """<graph edgedefault="directed"><node id="a"/><node id="a"/></graph></graphml>"""));
        Assert.NotEmpty(Validate(head + """<graph edgedefault="directed"><node id="a"><data key="missing">x</data></node></graph></graphml>"""));
        Assert.NotEmpty(Validate(head + """<graph><node id="a"/></graph></graphml>"""));
        Assert.NotEmpty(Validate("""<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="k" for="node" attr.type="text"/></graphml>"""));
        Assert.Empty(Validate(head + """<graph edgedefault="directed"><node id="a"><data key="k">x</data></node><node id="b"/><edge source="a" target="b"/></graph></graphml>"""));
    }

    [Theory]
    [MemberData(nameof(ExportFixture.Providers), MemberType = typeof(ExportFixture))]
    public async Task The_whole_graph_is_the_source_graph(string provider)
    {
        var export = TestGraph.FromGraphML((await fixture.ExportAsync(provider, "graph.graphml")).Text);

        Assert.Equal(fixture.Source.NodeLines(), export.NodeLines());
        Assert.Equal(fixture.Source.EdgeLines(), export.EdgeLines());
    }

    [Theory]
    [InlineData("Embedded", "profile:asean")]
    [InlineData("Neo4j", "profile:asean")]
    [InlineData("Embedded", "profile:norway")]
    [InlineData("Neo4j", "profile:sco")]
    [InlineData("Neo4j", HostileProfile.Id)]
    public async Task A_profile_export_is_that_profiles_subgraph(string provider, string profile)
    {
        var export = TestGraph.FromGraphML((await fixture.ExportAsync(provider, "graph.graphml", profile)).Text);
        var expected = fixture.Source.Subgraph(profile);

        Assert.Equal(expected.NodeLines(), export.NodeLines());
        Assert.Equal(expected.EdgeLines(), export.EdgeLines());
        Assert.True(export.Nodes.Count < fixture.Source.Nodes.Count, "A profile's export should not hold the whole graph.");
    }

    [Fact]
    public async Task Keys_are_typed_and_every_node_and_edge_has_a_type_and_a_label()
    {
        XNamespace g = GraphMLWriter.Namespace;
        var document = XDocument.Parse((await fixture.ExportAsync("Embedded", "graph.graphml", HostileProfile.Id)).Text);
        var keys = document.Root!.Elements(g + "key").ToDictionary(k => (string)k.Attribute("id")!, k => k);

        Assert.Equal("int", (string)keys["n_firstLine"].Attribute("attr.type")!);
        Assert.Equal("int", (string)keys["e_line"].Attribute("attr.type")!);
        Assert.Equal("string", (string)keys["n_items"].Attribute("attr.type")!);
        Assert.All(keys.Values, k => Assert.Contains((string)k.Attribute("attr.type")!, new[] { "string", "int", "double", "boolean" }));
        Assert.Equal("directed", (string)document.Root.Element(g + "graph")!.Attribute("edgedefault")!);
        foreach (var element in document.Descendants(g + "node").Concat(document.Descendants(g + "edge")))
        {
            var data = element.Elements(g + "data").Select(d => (string)d.Attribute("key")!).ToList();
            var prefix = element.Name.LocalName == "node" ? "n_" : "e_";
            Assert.Contains(prefix + "type", data);
            Assert.Contains(prefix + "label", data);
        }

        var entry = document.Descendants(g + "node").Single(n => (string)n.Attribute("id")! == "entry:hostile:one");
        Assert.Equal(HostileProfile.Document.Entries[0].Entry.Title, entry.Elements(g + "data").Single(d => (string)d.Attribute("key")! == "n_label").Value);
    }

    [Fact]
    public void Characters_XML_cannot_carry_become_the_replacement_character()
    {
        Assert.Equal("a\uFFFDb\uFFFDc\tok\n\r🙂\uFFFD", GraphMLWriter.XmlSafe("a\0b\u0001c\tok\n\r🙂\uD800"));
        Assert.Same("plain", GraphMLWriter.XmlSafe("plain"));
    }

    /// <summary>Validates against graphml.xsd with a resolver that serves only the three schema files here.</summary>
    private static List<string> Validate(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schema.Value, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XmlSchemaSet LoadSchema()
    {
        var set = new XmlSchemaSet { XmlResolver = new LocalSchemaResolver() };
        set.Add(GraphMLWriter.Namespace, GraphMLWriter.SchemaLocation);
        set.Compile();
        return set;
    }

    /// <summary>Serves the schema's published URLs from the files in Export/GraphML; any other URL is refused, so nothing is fetched.</summary>
    private sealed class LocalSchemaResolver : XmlResolver
    {
        private const string Base = "http://graphml.graphdrawing.org/xmlns/1.0/";

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var name = absoluteUri.AbsoluteUri.StartsWith(Base, StringComparison.Ordinal) ? absoluteUri.AbsoluteUri[Base.Length..] : null;
            return name is "graphml.xsd" or "graphml-structure.xsd" or "xlink.xsd"
                ? File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Export", "GraphML", name))
                : throw new XmlException($"The schema resolver serves only the GraphML 1.0 schema files, not {absoluteUri}.");
        }
    }
}
