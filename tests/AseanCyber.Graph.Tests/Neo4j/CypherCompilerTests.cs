using AseanCyber.Graph.Model;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;

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
    public void String_equality_is_a_plain_parameterised_property_predicate()
    {
        var (text, parameters) = Entry(new FieldFilter(EntryFields.Title, FilterOperator.Eq, "ASEAN-Japan ISPM"));

        Assert.Equal("e.title = $p0", text);
        Assert.Equal("ASEAN-Japan ISPM", parameters["p0"]);
    }

    [Fact]
    public void Text_operators_compare_the_folded_shadow_with_the_folded_value()
    {
        var (contains, p1) = Entry(new FieldFilter(EntryFields.Title, FilterOperator.Contains, "japan"));
        var (starts, _) = Entry(new FieldFilter(EntryFields.Title, FilterOperator.NStartsWith, "asean"));
        var (ends, _) = Entry(new FieldFilter(EntryFields.Description, FilterOperator.EndsWith, "x"));

        Assert.Equal("e.titleFolded CONTAINS $p0", contains);
        Assert.Equal("JAPAN", p1["p0"]);
        Assert.Equal("NOT (coalesce(e.titleFolded STARTS WITH $p0, false))", starts);
        Assert.Equal("e.descriptionFolded ENDS WITH $p0", ends);
    }

    [Theory]
    [InlineData("Straße")]
    [InlineData("ﬁnal report")]
    [InlineData("Ǆ ǅ ǆ")]
    public void A_value_always_matches_itself_case_insensitively(string title)
    {
        // Java's toUpperCase (Neo4j's toUpper) maps ß to SS and ﬁ to FI, .NET's invariant upper-casing keeps them: folding
        // one side in each language made these values miss themselves. Both sides are now folded in .NET.
        var row = (Dictionary<string, object?>)Neo4jMapping.EntryParameters(Document(title)).Cast<Dictionary<string, object?>>().Single()["properties"]!;
        var stored = Assert.IsType<string>(row["titleFolded"]);

        foreach (var op in new[] { FilterOperator.Contains, FilterOperator.StartsWith, FilterOperator.EndsWith })
        {
            var (text, parameters) = Entry(new FieldFilter(EntryFields.Title, op, title));
            Assert.StartsWith("e.titleFolded ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("toUpper", text, StringComparison.Ordinal);
            var value = Assert.IsType<string>(parameters["p0"]);
            Assert.True(stored.Contains(value, StringComparison.Ordinal), $"{stored} does not hold {value}");
            Assert.Equal(title.ToUpperInvariant(), value);
        }

        // The same answers as the embedded graph (OrdinalIgnoreCase): there ß does not match SS either.
        Assert.True(title.Contains("ss", StringComparison.OrdinalIgnoreCase) == stored.Contains("SS", StringComparison.Ordinal));
    }

    private static ProfileDocument Document(string title)
    {
        var importer = new AseanCyber.Graph.Import.ProfileImporter(AseanCyber.Graph.Import.ReferenceData.Default);
        var source = AseanCyber.Graph.Import.BundledProfiles.Load()[0];
        var document = importer.Import(source.Text, source.Name);
        var first = document.Entries[0];
        return document with { Entries = [first with { Entry = first.Entry with { Title = title } }] };
    }

    [Fact]
    public void Positive_comparisons_are_plain_and_negated_ones_two_valued()
    {
        // Under NOT a null comparison must turn true (an exact negation), so only there does it keep coalesce.
        Assert.Equal("NOT (coalesce(e.title = $p0, false))", Entry(new FieldFilter(EntryFields.Title, FilterOperator.Neq, "x")).Text);
        Assert.Equal("NOT (coalesce(e.kind IN $p0, false))", Entry(new FieldFilter(EntryFields.Kind, FilterOperator.Nin, new List<object?> { EntryKind.Meeting })).Text);
        Assert.Equal("e.year < $p0", Entry(new FieldFilter(EntryFields.Year, FilterOperator.Lt, 2020)).Text);

        // all = no element failing: the element's condition sits under NOT inside its EXISTS.
        Assert.Equal(
            "NOT (EXISTS { MATCH (e)-[x1:INVOLVES]->(:Country) WHERE NOT ((coalesce(x1.role = $p0, false) AND coalesce(endNode(x1).nameFolded CONTAINS $p1, false))) })",
            Entry(new ListFilter(EntryFields.Involvements, ListQuantifier.All, new AndFilter([
                new FieldFilter(InvolvementFields.Role, FilterOperator.Eq, InvolvementRole.Host),
                new ObjectFilter(InvolvementFields.Country, new FieldFilter(CountryFields.Name, FilterOperator.Contains, "an")),
            ]))).Text);
    }

    [Fact]
    public void Every_folded_shadow_has_a_text_index_and_is_written_at_import()
    {
        var schema = CypherFiles.Statements(CypherFiles.Schema);
        var catalogs = new (NodeCatalog Catalog, string Pattern)[]
        {
            (EntryFields.Catalog, "(n:Entry)"), (CountryFields.Catalog, "(n:Country)"), (BodyFields.Catalog, "(n:Body)"),
            (ThemeFields.Catalog, "(n:Theme)"), (PlaceFields.Catalog, "(n:Place)"), (OrganizationFields.Catalog, "(n:Organization)"),
            (ProfileFields.Catalog, "(n:Profile)"), (InvolvementFields.Catalog, "()-[r:INVOLVES]-()"),
        };
        foreach (var (catalog, pattern) in catalogs)
        {
            foreach (var field in catalog.FilterFields.Where(f => f.Kind == FieldKind.String))
            {
                var folded = field.CypherProperty + "Folded";
                var variable = pattern.StartsWith("(n", StringComparison.Ordinal) ? "n" : "r";
                Assert.Contains(schema, s => s.StartsWith("CREATE TEXT INDEX ", StringComparison.Ordinal)
                    && s.EndsWith($"FOR {pattern} ON ({variable}.{folded})", StringComparison.Ordinal));
            }
        }

        var row = (Dictionary<string, object?>)Neo4jMapping.EntryParameters(Document("x")).Cast<Dictionary<string, object?>>().Single()["properties"]!;
        Assert.All(EntryFields.Catalog.FilterFields.Where(f => f.Kind == FieldKind.String), f => Assert.True(row.ContainsKey(f.CypherProperty + "Folded"), f.Name));
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

        Assert.Equal("(e.acronym IS NULL OR e.acronym IN $p0)", text);
        Assert.Equal(["ARF"], Assert.IsType<List<object>>(parameters["p0"]));
    }

    [Fact]
    public void Int_ranges_and_enum_names()
    {
        var (range, p1) = Entry(new FieldFilter(EntryFields.Year, FilterOperator.Gte, 2017));
        var (kind, p2) = Entry(new FieldFilter(EntryFields.Kind, FilterOperator.In, new List<object?> { EntryKind.Meeting, EntryKind.StrategyDocument }));
        var (status, p3) = Entry(new FieldFilter(EntryFields.Status, FilterOperator.Eq, EntryStatus.InProgress));

        Assert.Equal("e.year >= $p0", range);
        Assert.Equal(2017, p1["p0"]);
        Assert.Equal("e.kind IN $p0", kind);
        Assert.Equal(["MEETING", "STRATEGY_DOCUMENT"], Assert.IsType<List<object>>(p2["p0"]));
        Assert.Equal("e.status = $p0", status);
        Assert.Equal("IN_PROGRESS", p3["p0"]);
    }

    [Fact]
    public void Empty_and_is_true_and_empty_or_is_false()
    {
        Assert.Equal("true", Entry(new AndFilter([])).Text);
        Assert.Equal("false", Entry(new OrFilter([])).Text);
        Assert.Equal(
            "(e.year = $p0 OR e.year = $p1)",
            Entry(new OrFilter([new FieldFilter(EntryFields.Year, FilterOperator.Eq, 2017), new FieldFilter(EntryFields.Year, FilterOperator.Eq, 2018)])).Text);
    }

    [Fact]
    public void Countries_are_those_involved_or_holding_a_venue()
    {
        var (text, parameters) = Entry(new ListFilter(
            EntryFields.Countries, ListQuantifier.Some, new FieldFilter(CountryFields.Code, FilterOperator.Eq, "JP")));

        Assert.Equal(
            "(EXISTS { MATCH (e)-[:INVOLVES]->(x1:Country) WHERE x1.code = $p0 }"
            + " OR EXISTS { MATCH (e)-[:HELD_IN]->(:Place)-[:IN]->(x2:Country) WHERE x2.code = $p1 })",
            text);
        Assert.Equal("JP", parameters["p0"]);
        Assert.Equal("JP", parameters["p1"]);
    }

    [Fact]
    public void All_is_no_element_failing_and_none_is_no_element_matching()
    {
        var name = new FieldFilter(BodyFields.Name, FilterOperator.StartsWith, "ASEAN");

        Assert.Equal(
            "NOT (EXISTS { MATCH (e)-[:ISSUED_BY]->(x1:Body) WHERE NOT (coalesce(x1.nameFolded STARTS WITH $p0, false)) })",
            Entry(new ListFilter(EntryFields.Bodies, ListQuantifier.All, name)).Text);
        Assert.Equal(
            "NOT (EXISTS { MATCH (e)-[:ABOUT]->(x1:Theme) WHERE x1.nameFolded STARTS WITH $p0 })",
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
            "EXISTS { MATCH (e)-[x1:INVOLVES]->(:Country) WHERE (x1.role = $p0 AND endNode(x1).name = $p1) }",
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
            "(EXISTS { MATCH (e)-[:IN_PROFILE]->(x1:Profile) WHERE x1.acronym = $p0 }"
            + " AND EXISTS { MATCH (e)-[:HELD_IN]->(x2:Place) WHERE EXISTS { MATCH (x2)-[:IN]->(x3:Country) WHERE x3.code = $p1 } })",
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
            [new SortField(EntryFields.Date, SortDirection.Desc), new SortField(EntryFields.Year, SortDirection.Asc)], "e");

        Assert.Equal(["e.dateStart IS NULL, e.dateStart DESC", "e.year IS NULL DESC, e.year"], keys);
    }

    [Fact]
    public void Fields_that_are_never_null_sort_by_the_bare_property_an_index_can_order()
    {
        var keys = CypherSchemas.EntrySort.Compile(
            [new SortField(EntryFields.Title, SortDirection.Asc), new SortField(EntryFields.Section, SortDirection.Desc)], "e");

        Assert.Equal(["e.title", "e.section DESC"], keys);
        Assert.Equal(["c.name DESC"], CypherSchemas.CountrySort.Compile([new SortField(CountryFields.Name, SortDirection.Desc)], "c"));
    }

    [Fact]
    public void Profile_reads_leave_the_source_text_in_the_database()
    {
        // A profile node holds the whole page (p.text); no read returns the node itself, only the properties mapped.
        Assert.Contains("RETURN p {.id, .name, .acronym, .lastUpdated, .document} AS profile", CypherFiles.Get(CypherFiles.GetProfiles), StringComparison.Ordinal);
        Assert.Contains("MATCH (n:Profile {id: id})\nRETURN n {.id, .name, .acronym, .lastUpdated, .document} AS node", CypherFiles.Get(CypherFiles.GetNodes).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var paths = CypherFiles.FindPathsWithin(3);
        Assert.DoesNotContain("RETURN path", paths, StringComparison.Ordinal);
        Assert.Contains("RETURN ids,", paths, StringComparison.Ordinal);
    }

    [Fact]
    public void Connections_search_with_the_shortest_path_selector_within_the_checked_bound()
    {
        var text = CypherFiles.FindPathsWithin(4);

        Assert.Contains("MATCH path = SHORTEST 6 GROUPS (source)-[]-{1,4}(target)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[*", text, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CypherFiles.FindPathsWithin(7));
    }

    [Fact]
    public void Connections_via_some_kinds_put_their_quoted_types_in_the_pattern_in_enum_order()
    {
        var text = CypherFiles.FindPathsWithin(3, new HashSet<LinkKind> { LinkKind.OfCountry, LinkKind.In, LinkKind.Involves });

        Assert.Contains("SHORTEST 6 GROUPS (source)-[:`INVOLVES`|`IN`|`OF_COUNTRY`]-{1,3}(target)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/*via*/", text, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CypherFiles.FindPathsWithin(3, new HashSet<LinkKind>()));
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
        var text = CypherFiles.Compose(CypherFiles.QueryEntries, "e.year = $p0", ["e.year IS NULL DESC, e.year"]);

        Assert.Contains("WHERE (e.year = $p0)", text, StringComparison.Ordinal);
        Assert.Contains("ORDER BY e.year IS NULL DESC, e.year, e.profileId, e.firstLine, e.ordinal", text, StringComparison.Ordinal);
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
            // A retired index is dropped by name: as idempotent as creating one.
            if (s.StartsWith("DROP ", StringComparison.Ordinal))
            {
                Assert.EndsWith(" IF EXISTS", s, StringComparison.Ordinal);
            }
            else
            {
                Assert.StartsWith("CREATE ", s, StringComparison.Ordinal);
                Assert.Contains(" IF NOT EXISTS ", s, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(";", s, StringComparison.Ordinal);
        });
        var fulltext = Assert.Single(statements, s => s.Contains("FULLTEXT INDEX", StringComparison.Ordinal));
        Assert.Contains("FULLTEXT INDEX entry_search_v1 IF NOT EXISTS FOR (n:Entry) ON EACH [n.title, n.description, n.searchItems, n.searchNames]", fulltext, StringComparison.Ordinal);
        Assert.Contains("`fulltext.analyzer`: 'english'", fulltext, StringComparison.Ordinal);
        Assert.Contains("DROP INDEX entry_text IF EXISTS", statements);
        foreach (var label in new[] { "Profile", "Entry", "Country", "Body", "Place", "Theme", "Organization" })
        {
            Assert.Contains(statements, s => s.Contains($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_import_lock_is_merged_on_a_unique_key()
    {
        // MERGE guarantees one node only under a uniqueness constraint on the merged key: without it two first imports
        // can each create a lock and run at once.
        Assert.Contains("MERGE (l:ImportLock {id: 'import'})", CypherFiles.Get(CypherFiles.ImportLock), StringComparison.Ordinal);
        Assert.Contains(
            CypherFiles.Statements(CypherFiles.Schema),
            s => s.Contains("FOR (n:ImportLock) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
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
