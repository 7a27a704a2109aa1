using AseanCyber.Graph.Model;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;

namespace AseanCyber.Graph.Tests.Neo4j;

/// <summary>What the where/order model compiles to: fixed text with every value in a parameter.</summary>
public sealed class CypherCompilerTests
{
    private static (string Text, Dictionary<string, object?> Parameters) Entry(Filter filter)
    {
        var parameters = new CypherParameters();
        var text = CypherSchemas.EntryFilter.Compile(filter, "e", parameters);
        return (text, parameters.Values);
    }

    [Fact]
    public void String_equality_is_a_parameterised_two_valued_comparison()
    {
        var (text, parameters) = Entry(new FieldFilter(EntryFields.Title, FilterOperator.Eq, "ASEAN-Japan ISPM"));

        Assert.Equal("coalesce(e.title = $p0, false)", text);
        Assert.Equal("ASEAN-Japan ISPM", parameters["p0"]);
    }

    [Fact]
    public void Text_operators_ignore_case_by_upper_casing_both_sides()
    {
        var (contains, p1) = Entry(new FieldFilter(EntryFields.Title, FilterOperator.Contains, "japan"));
        var (starts, _) = Entry(new FieldFilter(EntryFields.Title, FilterOperator.NStartsWith, "asean"));
        var (ends, _) = Entry(new FieldFilter(EntryFields.Description, FilterOperator.EndsWith, "x"));

        Assert.Equal("coalesce(toUpper(e.title) CONTAINS $p0, false)", contains);
        Assert.Equal("JAPAN", p1["p0"]);
        Assert.Equal("NOT (coalesce(toUpper(e.title) STARTS WITH $p0, false))", starts);
        Assert.Equal("coalesce(toUpper(e.description) ENDS WITH $p0, false)", ends);
    }

    [Fact]
    public void Null_comparisons_test_for_a_missing_property()
    {
        Assert.Equal("e.acronym IS NULL", Entry(new FieldFilter(EntryFields.Acronym, FilterOperator.Eq, null)).Text);
        Assert.Equal("NOT (e.edition IS NULL)", Entry(new FieldFilter(EntryFields.Edition, FilterOperator.Neq, null)).Text);
    }

    [Fact]
    public void In_lists_keep_null_out_of_the_parameter_and_test_it_separately()
    {
        var (text, parameters) = Entry(new FieldFilter(EntryFields.Acronym, FilterOperator.In, new List<object?> { "ARF", null }));

        Assert.Equal("(e.acronym IS NULL OR coalesce(e.acronym IN $p0, false))", text);
        Assert.Equal(["ARF"], Assert.IsType<List<object>>(parameters["p0"]));
    }

    [Fact]
    public void Int_ranges_and_enum_names()
    {
        var (range, p1) = Entry(new FieldFilter(EntryFields.Year, FilterOperator.Gte, 2017));
        var (kind, p2) = Entry(new FieldFilter(EntryFields.Kind, FilterOperator.In, new List<object?> { EntryKind.Meeting, EntryKind.StrategyDocument }));
        var (status, p3) = Entry(new FieldFilter(EntryFields.Status, FilterOperator.Eq, EntryStatus.InProgress));

        Assert.Equal("coalesce(e.year >= $p0, false)", range);
        Assert.Equal(2017, p1["p0"]);
        Assert.Equal("coalesce(e.kind IN $p0, false)", kind);
        Assert.Equal(["MEETING", "STRATEGY_DOCUMENT"], Assert.IsType<List<object>>(p2["p0"]));
        Assert.Equal("coalesce(e.status = $p0, false)", status);
        Assert.Equal("IN_PROGRESS", p3["p0"]);
    }

    [Fact]
    public void Empty_and_is_true_and_empty_or_is_false()
    {
        Assert.Equal("true", Entry(new AndFilter([])).Text);
        Assert.Equal("false", Entry(new OrFilter([])).Text);
        Assert.Equal(
            "(coalesce(e.year = $p0, false) OR coalesce(e.year = $p1, false))",
            Entry(new OrFilter([new FieldFilter(EntryFields.Year, FilterOperator.Eq, 2017), new FieldFilter(EntryFields.Year, FilterOperator.Eq, 2018)])).Text);
    }

    [Fact]
    public void Countries_are_those_involved_or_holding_a_venue()
    {
        var (text, parameters) = Entry(new ListFilter(
            EntryFields.Countries, ListQuantifier.Some, new FieldFilter(CountryFields.Code, FilterOperator.Eq, "JP")));

        Assert.Equal(
            "(EXISTS { MATCH (e)-[:INVOLVES]->(x1:Country) WHERE coalesce(x1.code = $p0, false) }"
            + " OR EXISTS { MATCH (e)-[:HELD_IN]->(:Place)-[:IN]->(x2:Country) WHERE coalesce(x2.code = $p1, false) })",
            text);
        Assert.Equal("JP", parameters["p0"]);
        Assert.Equal("JP", parameters["p1"]);
    }

    [Fact]
    public void All_is_no_element_failing_and_none_is_no_element_matching()
    {
        var name = new FieldFilter(BodyFields.Name, FilterOperator.StartsWith, "ASEAN");

        Assert.Equal(
            "NOT (EXISTS { MATCH (e)-[:ISSUED_BY]->(x1:Body) WHERE NOT (coalesce(toUpper(x1.name) STARTS WITH $p0, false)) })",
            Entry(new ListFilter(EntryFields.Bodies, ListQuantifier.All, name)).Text);
        Assert.Equal(
            "NOT (EXISTS { MATCH (e)-[:ABOUT]->(x1:Theme) WHERE coalesce(toUpper(x1.name) STARTS WITH $p0, false) })",
            Entry(new ListFilter(EntryFields.Themes, ListQuantifier.None, name)).Text);
        Assert.Equal("EXISTS { MATCH (e)-[:MENTIONS]->(x1:Organization) }", Entry(new ListFilter(EntryFields.Organizations, ListQuantifier.Any, null, Any: true)).Text);
        Assert.Equal("NOT (EXISTS { MATCH (e)-[:HELD_IN]->(x1:Place) })", Entry(new ListFilter(EntryFields.Places, ListQuantifier.Any, null, Any: false)).Text);
    }

    [Fact]
    public void Involvements_filter_the_relationship_and_its_country()
    {
        var (text, parameters) = Entry(new ListFilter(
            EntryFields.Involvements,
            ListQuantifier.Some,
            new AndFilter([
                new FieldFilter(InvolvementFields.Role, FilterOperator.Eq, InvolvementRole.Host),
                new ObjectFilter(InvolvementFields.Country, new FieldFilter(CountryFields.Name, FilterOperator.Eq, "Japan")),
            ])));

        Assert.Equal(
            "EXISTS { MATCH (e)-[x1:INVOLVES]->(:Country) WHERE (coalesce(x1.role = $p0, false) AND coalesce(endNode(x1).name = $p1, false)) }",
            text);
        Assert.Equal("HOST", parameters["p0"]);
    }

    [Fact]
    public void Nested_objects_get_fresh_variables()
    {
        var (text, _) = Entry(new AndFilter([
            new ObjectFilter(EntryFields.Profile, new FieldFilter(ProfileFields.Acronym, FilterOperator.Eq, "ASEAN")),
            new ListFilter(EntryFields.Places, ListQuantifier.Some, new ObjectFilter(PlaceFields.Country, new FieldFilter(CountryFields.Code, FilterOperator.Eq, "MY"))),
        ]));

        Assert.Equal(
            "(EXISTS { MATCH (e)-[:IN_PROFILE]->(x1:Profile) WHERE coalesce(x1.acronym = $p0, false) }"
            + " AND EXISTS { MATCH (e)-[:HELD_IN]->(x2:Place) WHERE EXISTS { MATCH (x2)-[:IN]->(x3:Country) WHERE coalesce(x3.code = $p1, false) } })",
            text);
    }

    [Fact]
    public void Values_never_reach_the_statement_text()
    {
        const string hostile = "x' }) DETACH DELETE n //";
        var (text, parameters) = Entry(new OrFilter([
            new FieldFilter(EntryFields.Title, FilterOperator.Contains, hostile),
            new ListFilter(EntryFields.Bodies, ListQuantifier.Some, new FieldFilter(BodyFields.Name, FilterOperator.Eq, hostile)),
        ]));

        Assert.DoesNotContain("DELETE", text, StringComparison.Ordinal);
        Assert.Contains(hostile, parameters.Values);
    }

    [Fact]
    public void Unknown_fields_and_wrong_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Entry(new FieldFilter("nope", FilterOperator.Eq, "x")));
        Assert.Throws<ArgumentException>(() => Entry(new FieldFilter(EntryFields.Year, FilterOperator.Eq, "2017")));
        Assert.Throws<ArgumentException>(() => Entry(new FieldFilter(EntryFields.Title, FilterOperator.Gt, "a")));
        Assert.Throws<ArgumentException>(() => Entry(new ListFilter(EntryFields.Bodies, ListQuantifier.Any, null)));
    }

    [Fact]
    public void Sort_keys_put_nulls_first_ascending_and_last_descending()
    {
        var keys = CypherSchemas.EntrySort.Compile(
            [new SortField(EntryFields.Date, SortDirection.Desc), new SortField(EntryFields.Title, SortDirection.Asc)], "e");

        Assert.Equal(["e.dateStart IS NULL, e.dateStart DESC", "e.title IS NULL DESC, e.title"], keys);
    }

    [Fact]
    public void Enums_sort_by_declaration_order()
    {
        var key = Assert.Single(CypherSchemas.EntrySort.Compile([new SortField(EntryFields.Kind, SortDirection.Asc)], "e"));

        Assert.StartsWith("CASE e.kind WHEN 'STRATEGY_DOCUMENT' THEN 0 WHEN 'OTHER_DOCUMENT' THEN 1 WHEN 'COMMUNICATION' THEN 2", key, StringComparison.Ordinal);
        Assert.Contains("WHEN 'OTHER' THEN 10 END", key, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CypherSchemas.EntrySort.Compile([new SortField("nope", SortDirection.Asc)], "e"));
    }

    [Fact]
    public void Templates_take_the_compiled_filter_and_keys_and_keep_the_tie_break()
    {
        var text = CypherFiles.Compose(CypherFiles.QueryEntries, "coalesce(e.year = $p0, false)", ["e.title IS NULL DESC, e.title"]);

        Assert.Contains("WHERE (coalesce(e.year = $p0, false))", text, StringComparison.Ordinal);
        Assert.Contains("ORDER BY e.title IS NULL DESC, e.title, e.profileId, e.firstLine, e.ordinal", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/*", text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).Aggregate("", string.Concat), StringComparison.Ordinal);

        var countries = CypherFiles.Compose(CypherFiles.GetCountries, null, ["c.code IS NULL, c.code DESC"]);
        Assert.Contains("ORDER BY c.code IS NULL, c.code DESC, c.id", countries, StringComparison.Ordinal);
        Assert.Contains("ORDER BY /*order*/ c.name, /*end*/ c.id", CypherFiles.Compose(CypherFiles.GetCountries, null, []), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_statement_name_is_a_shipped_file_and_every_file_is_used()
    {
        var constants = typeof(CypherFiles).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(constants, CypherFiles.Names);
        Assert.All(constants, name => Assert.False(string.IsNullOrWhiteSpace(CypherFiles.Get(name))));
    }

    [Fact]
    public void Schema_splits_into_idempotent_statements()
    {
        var statements = CypherFiles.Statements(CypherFiles.Schema);

        Assert.True(statements.Count >= 10, $"only {statements.Count} statements");
        Assert.All(statements, s =>
        {
            Assert.StartsWith("CREATE ", s, StringComparison.Ordinal);
            Assert.Contains(" IF NOT EXISTS ", s, StringComparison.Ordinal);
            Assert.DoesNotContain(";", s, StringComparison.Ordinal);
        });
        Assert.Contains(statements, s => s.Contains("FULLTEXT INDEX entry_text", StringComparison.Ordinal));
        foreach (var label in new[] { "Profile", "Entry", "Country", "Body", "Place", "Theme", "Organization" })
        {
            Assert.Contains(statements, s => s.Contains($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(CypherFiles.QueryEntries)]
    [InlineData(CypherFiles.QueryEntriesByCountry)]
    [InlineData(CypherFiles.QueryEntriesByBody)]
    [InlineData(CypherFiles.GetCountries)]
    [InlineData(CypherFiles.GetBodies)]
    public void Every_template_takes_a_filter_and_an_order(string name)
    {
        var text = CypherFiles.Compose(name, "false", ["x.y"]);

        Assert.Contains("WHERE (false)", text, StringComparison.Ordinal);
        Assert.Contains("ORDER BY ", text, StringComparison.Ordinal);
        Assert.Contains("x.y, ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/*", text, StringComparison.Ordinal);
    }
}
