using AseanCyber.Graph.Model;
using static AseanCyber.Graph.Tests.Import.ImportTestData;

namespace AseanCyber.Graph.Tests.Import;

/// <summary>One fixture per layout case of the shared README (tests/AseanCyber.Graph.Tests/Fixtures).</summary>
public sealed class LayoutFixtureTests
{
    private static ImportWarning Warning(ProfileDocument document, int line) => Assert.Single(document.Warnings, w => w.Line == line);

    [Fact]
    public void State_pages_with_upper_case_headings()
    {
        var document = ImportFixture("state-upper-case.txt");

        Assert.Equal(new Profile("profile:viet-nam", "Viet Nam", null, "2019-05", "state-upper-case.txt", []), document.Profile with { Members = [], Country = null });
        Assert.Equal("VN", document.Country?.Code);
        Assert.Equal(5, document.Entries.Count);
        Assert.Equal(
            [
                ("Policy", "STRATEGY DOCUMENTS", EntryKind.StrategyDocument),
                ("Policy", "OTHER DOCUMENTS", EntryKind.OtherDocument),
                ("Structure", "DEDICATED AGENCIES AND DEPARTMENTS", EntryKind.NationalAgency),
                ("Cooperation", "MEETINGS", EntryKind.Meeting),
                ("Cooperation", "MEETINGS", EntryKind.Meeting),
            ],
            document.Entries.Select(e => (e.Entry.Section, e.Entry.Category, e.Entry.Kind)));
    }

    [Fact]
    public void No_data_available_online_leaves_the_section_empty()
    {
        var document = ImportFixture("state-upper-case.txt");
        Assert.DoesNotContain(document.Entries, e => e.Entry.Section == "Legislation");
        Assert.DoesNotContain(document.Entries, e => e.Entry.Title.Contains("No data", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Warnings, w => w.Line is 19 or 20);
    }

    [Fact]
    public void Bodies_separated_by_semicolons_are_always_split()
    {
        var entry = ImportFixture("state-upper-case.txt").Entry("National Cybersecurity Strategy (not published)");
        Assert.Equal(["Ministry of Public Security", "Ministry of Information and Communications"], entry.Links.Bodies.Select(b => b.Body.Name));
        Assert.All(entry.Links.Bodies, b => Assert.Equal(6, b.Line));
        Assert.Equal("body:viet-nam:ministry-of-public-security", entry.Links.Bodies[0].Body.Id);
    }

    [Fact]
    public void Bodies_separated_by_commas_are_split_when_every_part_is_an_organisation()
    {
        var entry = ImportFixture("state-upper-case.txt").Entry("Decision on Information Security Monitoring");
        Assert.Equal(["Prime Minister's Office", "Ministry of National Defence", "VNCERT"], entry.Links.Bodies.Select(b => b.Body.Name));
    }

    [Fact]
    public void A_comma_inside_one_body_name_keeps_the_line_whole_and_warns()
    {
        var document = ImportFixture("state-upper-case.txt");
        var body = Assert.Single(document.Entry("Authority of Information Security").Links.Bodies);
        Assert.Equal("Ministry of Information and Communications, Legal Affairs and Human Rights", body.Body.Name);
        Assert.Contains("not every part reads as an organisation", Warning(document, 17).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Approved_on_note_and_a_date_inside_the_description()
    {
        var document = ImportFixture("state-upper-case.txt");
        var strategy = document.Entry("National Cybersecurity Strategy (not published)").Entry;
        Assert.Equal(new DateSpan("12 May 2015 (approved on)", "2015-05-12", null, DatePrecision.Day, "approved on"), Assert.Single(strategy.Dates));
        Assert.Null(strategy.Status);

        var decision = document.Entry("Decision on Information Security Monitoring").Entry;
        Assert.Equal("Establishes the national monitoring network, reviewed on 10 October 2017 by the government.", decision.Description);
        Assert.Equal("2016-10-20", Assert.Single(decision.Dates).Start);
        Assert.Equal(new SourceSpan("state-upper-case.txt", 10, 13), decision.Source);
    }

    [Fact]
    public void Korea_alone_is_ambiguous_and_links_no_country()
    {
        var document = ImportFixture("state-upper-case.txt");
        var dialogue = document.Entry("Viet Nam-Korea Cybersecurity Dialogue");
        // Only the state's own involvement (issue 10, item 4): no Korea is guessed.
        Assert.Equal([("VN", InvolvementRole.Partner, "Viet Nam", 1)], dialogue.Links.Involvements.Select(i => (i.Country.Code, i.Role, i.Evidence, i.Line)));
        Assert.Contains("'Korea' is ambiguous", Warning(document, 23).Message, StringComparison.Ordinal);
        Assert.Contains("'Korea' is ambiguous", Warning(document, 24).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_profile_is_a_party_to_its_own_entries_and_keeps_its_venues()
    {
        var document = ImportFixture("state-upper-case.txt");
        var workshop = document.Entry("Bilateral Cybersecurity Workshop").Links;
        Assert.Equal(
            [("VN", InvolvementRole.Venue, "(Da Nang)"), ("VN", InvolvementRole.Partner, document.Profile.Name)],
            workshop.Involvements.Select(v => (v.Country.Code, v.Role, v.Evidence)));
        Assert.Equal("Da Nang", Assert.Single(workshop.Places).Place.Name);
    }

    [Fact]
    public void Cross_month_and_cross_year_ranges()
    {
        var document = ImportFixture("state-upper-case.txt");
        Assert.Equal(
            new DateSpan("30 September - 2 October 2017", "2017-09-30", "2017-10-02", DatePrecision.Day, null),
            Assert.Single(document.Entry("Viet Nam-Korea Cybersecurity Dialogue").Entry.Dates));
        Assert.Equal(
            new DateSpan("September 2016 - March 2017", "2016-09", "2017-03", DatePrecision.Month, null),
            Assert.Single(document.Entry("Bilateral Cybersecurity Workshop").Entry.Dates));
    }

    [Fact]
    public void State_fixture_warnings_are_exactly_these()
    {
        Assert.Equal([17, 23, 24], ImportFixture("state-upper-case.txt").Warnings.Select(w => w.Line));
    }

    [Fact]
    public void Member_states_line_resolves_members_and_warns_for_unknown_names()
    {
        var document = ImportFixture("oas-members.txt");
        Assert.Equal("profile:oas", document.Profile.Id);
        Assert.Equal(["AG", "AR", "BS", "BR", "CA", "KN", "TT", "US"], document.Profile.Members.Select(c => c.Code));
        Assert.Equal("Antigua and Barbuda", document.Profile.Members[0].Name);
        var warning = Assert.Single(document.Warnings);
        Assert.Equal(4, warning.Line);
        Assert.Contains("'Atlantis'", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, document.Entries.Count);
        Assert.Equal(new SourceSpan("oas-members.txt", 7, 10), document.Entries[0].Entry.Source);
    }

    [Fact]
    public void Hosted_by_and_held_in_give_host_venue_and_place()
    {
        var links = ImportFixture("oas-members.txt").Entry("Regional Cybercrime Workshop with INTERPOL and the OAS").Links;
        Assert.Equal(
            [("CA", InvolvementRole.Host, "Hosted by Canada"), ("CA", InvolvementRole.Venue, "held in Ottawa")],
            links.Involvements.Select(i => (i.Country.Code, i.Role, i.Evidence)));
        var place = Assert.Single(links.Places);
        Assert.Equal(("Ottawa", "CA", "held in Ottawa", 14), (place.Place.Name, place.Place.Country?.Code, place.Evidence, place.Line));
    }

    [Fact]
    public void An_organization_that_is_the_profile_itself_is_not_linked()
    {
        var links = ImportFixture("oas-members.txt").Entry("Regional Cybercrime Workshop with INTERPOL and the OAS").Links;
        Assert.Equal(["organization:interpol"], links.Organizations.Select(o => o.Organization.Id));
    }

    [Fact]
    public void Bullets_with_indented_nesting_and_wrapped_lines_are_flattened()
    {
        var document = ImportFixture("lists.txt");
        var strategy = document.Entry("Continental Cyber Strategy").Entry;
        Assert.Equal("Three pillars:", strategy.Description);
        Assert.Equal(
            ["Protection of critical infrastructure in energy, water and transport", "Incident response teams", "Early warning", "Capacity building", "Norms"],
            strategy.Items);
        Assert.Equal(new SourceSpan("lists.txt", 5, 17), strategy.Source);
        Assert.Equal("Commission of the African Union", Assert.Single(document.Entry("Continental Cyber Strategy").Links.Bodies).Body.Name);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Numbered_lists_with_parentheses_letters_and_nesting()
    {
        var plan = ImportFixture("lists.txt").Entry("Action Plan on Cybersecurity").Entry;
        Assert.Equal("Priorities:", plan.Description);
        Assert.Equal(["Awareness raising", "Incident response", "National CERTs", "Regional drills"], plan.Items);
        Assert.Equal(new DateSpan("March 2020", "2020-03", null, DatePrecision.Month, null), Assert.Single(plan.Dates));
    }

    [Theory]
    [InlineData("Year Only Meeting", "2015", "2015", null, DatePrecision.Year, null)]
    [InlineData("Month Meeting", "October 2017", "2017-10", null, DatePrecision.Month, null)]
    [InlineData("Day Meeting", "20 October 2016", "2016-10-20", null, DatePrecision.Day, null)]
    [InlineData("Day Range Meeting", "10-11 October 2017", "2017-10-10", "2017-10-11", DatePrecision.Day, null)]
    [InlineData("Announced Meeting", "November 2017 (announced)", "2017-11", null, DatePrecision.Month, "announced")]
    [InlineData("Approved Agreement", "(approved on) 16 June 2009", "2009-06-16", null, DatePrecision.Day, "approved on")]
    [InlineData("Approved Treaty", "15 June 2001 (approved on)", "2001-06-15", null, DatePrecision.Day, "approved on")]
    [InlineData("Cross Month Meeting", "30 September - 2 October 2017", "2017-09-30", "2017-10-02", DatePrecision.Day, null)]
    [InlineData("Cross Year Programme", "September 2016 - March 2017", "2016-09", "2017-03", DatePrecision.Month, null)]
    [InlineData("Multi Year Plan", "2016-2020", "2016", "2020", DatePrecision.Year, null)]
    [InlineData("En Dash Meeting", "14–16 September 2016", "2016-09-14", "2016-09-16", DatePrecision.Day, null)]
    public void Every_date_form(string title, string text, string start, string? end, DatePrecision precision, string? note)
    {
        var entry = ImportFixture("dates.txt").Entry(title).Entry;
        Assert.Equal(new DateSpan(text, start, end, precision, note), Assert.Single(entry.Dates));
    }

    [Fact]
    public void Dates_fixture_two_expressions_and_statuses()
    {
        var document = ImportFixture("dates.txt");
        Assert.Equal(12, document.Entries.Count);
        Assert.Empty(document.Warnings);
        Assert.Equal(
            ["2017-03-01", "2014-03-27"],
            document.Entry("Two Sessions Meeting").Entry.Dates.Select(d => d.Start));
        Assert.Equal(["Announced Meeting"], document.Entries.Where(e => e.Entry.Status == EntryStatus.Announced).Select(e => e.Entry.Title));
    }

    [Fact]
    public void Bare_titles_without_dates_import_each_as_an_entry_without_a_warning()
    {
        var document = ImportFixture("no-dates.txt");
        var positions = document.Entries.Where(e => e.Entry.Kind == EntryKind.KeyPosition).ToList();
        Assert.Equal(
            ["Assistant Secretary General for Emerging Security Challenges", "Special Adviser on Cyber Defence", "Chief Information Officer"],
            positions.Select(e => e.Entry.Title));
        Assert.All(positions, e =>
        {
            Assert.Empty(e.Entry.Dates);
            Assert.Empty(e.Links.Bodies);
            Assert.Null(e.Entry.Description);
            Assert.Equal(e.Entry.Source.FirstLine, e.Entry.Source.LastLine);
        });
        // A key position never has a date: its absence is what the page is, not a doubt of the importer's.
        Assert.DoesNotContain(document.Warnings, w => w.Line is 5 or 6 or 7);
    }

    [Fact]
    public void A_title_after_a_description_starts_a_new_entry()
    {
        var document = ImportFixture("no-dates.txt");
        var range = document.Entry("NATO Cyber Range").Entry;
        Assert.Equal("Provides training for cyber defence exercises.", range.Description);
        Assert.Empty(range.Dates);
        Assert.Equal(new SourceSpan("no-dates.txt", 9, 10), range.Source);
        Assert.DoesNotContain(document.Warnings, w => w.Line == 9);

        var board = document.Entry("Cyber Defence Management Board");
        Assert.Equal("NATO Communications and Information Agency", Assert.Single(board.Links.Bodies).Body.Name);
        Assert.Equal("2012", Assert.Single(board.Entry.Dates).Start);
    }

    [Fact]
    public void An_entry_at_the_end_of_a_sub_section_without_date_ends_at_its_last_line()
    {
        var document = ImportFixture("no-dates.txt");
        var centre = document.Entry("NATO Cooperative Cyber Defence Centre of Excellence").Entry;
        Assert.Equal(new SourceSpan("no-dates.txt", 14, 15), centre.Source);
        Assert.Equal("Accredited in 2008 as a NATO Centre of Excellence in Tallinn.", centre.Description);
        Assert.Empty(centre.Dates);
        // "in Tallinn" says where the centre is (issue 10, item 5: a city after "in" resolves to its country).
        var place = Assert.Single(document.Entry("NATO Cooperative Cyber Defence Centre of Excellence").Links.Places);
        Assert.Equal(("Tallinn", "EE", "in Tallinn", 15), (place.Place.Name, place.Place.Country!.Code, place.Evidence, place.Line));
    }

    [Fact]
    public void Unknown_sub_section_headings_give_kind_Other_with_the_heading_as_category()
    {
        var document = ImportFixture("no-dates.txt");
        Assert.Equal(
            [
                ("Enhanced Cyber Defence Policy", "Partnerships and Programmes"),
                ("Industry Partnership", "Partnerships and Programmes"),
                ("Cyber Coalition Exercise", "Cyber Exercises"),
                ("Locked Shields", "Cyber Exercises"),
                ("Crossed Swords", "Cyber Exercises"),
            ],
            document.Entries.Where(e => e.Entry.Section == "Cooperation").Select(e => (e.Entry.Title, e.Entry.Category)));
        Assert.All(document.Entries.Where(e => e.Entry.Section == "Cooperation"), e => Assert.Equal(EntryKind.Other, e.Entry.Kind));
        Assert.Contains("'Partnerships and Programmes' is not a known sub-section heading", Warning(document, 17).Message, StringComparison.Ordinal);
        Assert.Contains("'Cyber Exercises' is not a known sub-section heading", Warning(document, 23).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_dates_fixture_warnings_are_exactly_these()
    {
        var document = ImportFixture("no-dates.txt");
        Assert.Equal([17, 23], document.Warnings.Select(w => w.Line));
        Assert.Equal(11, document.Entries.Count);
        var host = Assert.Single(document.Entry("Cyber Coalition Exercise").Links.Involvements);
        Assert.Equal(("EE", InvolvementRole.Host, "hosted in Estonia"), (host.Country.Code, host.Role, host.Evidence));
    }

    [Fact]
    public void Entries_directly_under_a_section_take_the_section_as_category()
    {
        var document = ImportFixture("section-without-subsections.txt");
        var act = document.Entry("Cybersecurity Act 2018");
        Assert.Equal((EntryKind.Legislation, "Legislation", "Legislation"), (act.Entry.Kind, act.Entry.Section, act.Entry.Category));
        Assert.Equal("Parliament", Assert.Single(act.Links.Bodies).Body.Name);

        var memorandum = document.Entry("Memorandum of Understanding with France");
        Assert.Equal((EntryKind.Other, "Cooperation", "Cooperation"), (memorandum.Entry.Kind, memorandum.Entry.Section, memorandum.Entry.Category));
        Assert.Equal("Cyber Security Agency of Singapore", Assert.Single(memorandum.Links.Bodies).Body.Name);
        Assert.Equal([("FR", InvolvementRole.Partner), ("SG", InvolvementRole.Partner)], memorandum.Links.Involvements.Select(i => (i.Country.Code, i.Role)));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Unbalanced_parentheses_stay_in_the_title_with_a_warning()
    {
        var document = ImportFixture("title-quirks.txt");
        Assert.Equal("Cybersecurity Framework (Draft Version", document.Entries[0].Entry.Title);
        Assert.Contains("unbalanced parentheses", Warning(document, 5).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_capitalised_parenthetical_stays_in_the_title_with_a_warning()
    {
        var document = ImportFixture("title-quirks.txt");
        Assert.Equal("Digital Trade Guidelines (Working Draft)", document.Entries[1].Entry.Title);
        Assert.Equal("'(Working Draft)' is not a known place, acronym or edition; kept in the title", Warning(document, 7).Message);
    }

    [Fact]
    public void An_acronym_in_parentheses_stays_in_the_title_and_is_the_entry_acronym()
    {
        var entry = ImportFixture("title-quirks.txt").Entry("Creation of Security Operations Centres (SOC)").Entry;
        Assert.Equal("SOC", entry.Acronym);
    }

    [Fact]
    public void Not_published_is_a_note_kept_silently_in_the_title()
    {
        var document = ImportFixture("title-quirks.txt");
        var entry = document.Entry("Framework on Digital Data Governance (not published)").Entry;
        Assert.Null(entry.Acronym);
        Assert.DoesNotContain(document.Warnings, w => w.Line == 11);
    }

    [Fact]
    public void A_date_inside_a_description_is_not_the_date_line()
    {
        var entry = ImportFixture("title-quirks.txt").Entry("Korea Cyber Dialogue").Entry;
        Assert.Equal("Discussed cooperation with Korea on the 5 June 2017 incident.", entry.Description);
        Assert.Equal(new DateSpan("June 2017", "2017-06", null, DatePrecision.Month, null), Assert.Single(entry.Dates));
        Assert.Equal(new SourceSpan("title-quirks.txt", 15, 17), entry.Source);
    }

    [Fact]
    public void A_parenthesised_country_alone_is_a_venue_without_place()
    {
        var links = ImportFixture("title-quirks.txt").Entry("Workshop on Cybercrime").Links;
        Assert.Empty(links.Places);
        var venue = Assert.Single(links.Involvements);
        Assert.Equal(("VN", InvolvementRole.Venue, "(Viet Nam)"), (venue.Country.Code, venue.Role, venue.Evidence));
    }

    [Fact]
    public void A_city_decides_its_country_when_the_parenthesis_adds_an_ambiguous_or_wrong_one()
    {
        var document = ImportFixture("title-quirks.txt");
        var seoul = document.Entry("Regional Forum").Links;
        Assert.Equal("KR", Assert.Single(seoul.Involvements).Country.Code);
        Assert.DoesNotContain(document.Warnings, w => w.Line == 20);

        var brunei = document.Entry("Summit Side Event").Links;
        Assert.Equal(("Bandar Seri Begawan", "BN"), (Assert.Single(brunei.Places).Place.Name, Assert.Single(brunei.Involvements).Country.Code));
        Assert.Contains("Malaysia", Warning(document, 22).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_titles_get_numbered_ids_in_page_order()
    {
        var ids = ImportFixture("title-quirks.txt").Entries.Where(e => e.Entry.Title == "Tabletop Exercise").Select(e => e.Entry.Id);
        Assert.Equal(["entry:apec:tabletop-exercise", "entry:apec:tabletop-exercise-2"], ids);
    }

    [Fact]
    public void Title_quirks_fixture_warnings_are_exactly_these()
    {
        Assert.Equal([5, 7, 15, 16, 22], ImportFixture("title-quirks.txt").Warnings.Select(w => w.Line));
    }
}
