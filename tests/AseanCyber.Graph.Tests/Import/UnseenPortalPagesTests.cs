using AseanCyber.Graph.Model;
using static AseanCyber.Graph.Tests.Import.ImportTestData;

namespace AseanCyber.Graph.Tests.Import;

/// <summary>
/// Pages in layouts the other fixtures cover thinly, each checked link by link against its text: a new-portal IGO page whose
/// entries have sentence-case titles (EU), a state PDF export with CRLF line ends and trailing spaces (Republic of Korea), an
/// old-portal IGO page without section headings (OSCE), a small island state on the old portal (Tonga), and an IGO page with
/// all its member states (African Union), an OAS page with dates and places in their other forms, a large state on the new portal with many agencies (United States).
/// </summary>
public sealed class UnseenPortalPagesTests
{
    private static string[] Bodies(ImportedEntry entry) => [.. entry.Links.Bodies.Select(b => b.Body.Name)];

    private static (string Code, InvolvementRole Role)[] Countries(ImportedEntry entry) =>
        [.. entry.Links.Involvements.Select(i => (i.Country.Code, i.Role))];

    [Fact]
    public void New_portal_introductions_are_recognised_when_the_entry_after_them_has_a_sentence_case_title()
    {
        var document = ImportFixture("igo-eu-new-portal.txt");
        Assert.Equal([7, 19, 25, 37, 46, 58], document.SubSections.Select(s => s.Line));
        Assert.Equal(
            [
                "The EU’s Cybersecurity Strategy for the Digital Decade",
                "Declaration by the High Representative on behalf of the EU on malicious cyber activities exploiting the coronavirus pandemic",
                "European Union Agency for Cybersecurity (ENISA)",
                "Computer Emergency Response Team for the EU Institutions, Bodies and Agencies (CERT-EU)",
                "European Cybercrime Centre (EC3)",
                "Directive (EU) 2016/1148 concerning measures for a high common level of security of network and information systems across the Union (NIS Directive)",
                "Regulation (EU) 2019/881 (Cybersecurity Act)",
                "EU–Japan Cyber Dialogue, 5th meeting",
                "EU-U.S. Cyber Dialogue",
                "EU-China Cyber Taskforce",
                "Cyber Diplomacy Toolbox consultations with the Republic of Korea",
            ],
            document.Entries.Select(e => e.Entry.Title));

        var declaration = document.Entries[1];
        Assert.Equal(["High Representative of the Union for Foreign Affairs and Security Policy"], Bodies(declaration));
        Assert.Equal("2020-04-30", Assert.Single(declaration.Entry.Dates).Start);

        var directive = document.Entries[5];
        Assert.Equal(["European Parliament", "Council of the European Union"], Bodies(directive));
        Assert.Equal("2016-07-06", Assert.Single(directive.Entry.Dates).Start);

        var dialogue = document.Entry("EU–Japan Cyber Dialogue, 5th meeting");
        Assert.Equal(["European External Action Service", "Ministry of Foreign Affairs of Japan"], Bodies(dialogue));
        Assert.Equal([("JP", InvolvementRole.Partner), ("JP", InvolvementRole.Venue)], Countries(dialogue));
    }

    [Fact]
    public void Only_a_sentence_with_a_full_stop_introduces_a_sub_section()
    {
        var document = ImportFixture("igo-osce-old-no-sections.txt");
        Assert.Empty(document.SubSections);
        var group = document.Entry("Informal Working Group established by Permanent Council Decision No. 1039");
        Assert.Equal(["Chairmanship of the OSCE"], Bodies(group));
        Assert.Equal("2012", Assert.Single(group.Entry.Dates).Start);
        Assert.Equal(["Transnational Threats Department"], Bodies(document.Entry("National workshops on the implementation of CBMs")));
        Assert.DoesNotContain(document.Entries, e => e.Entry.Title == "Chairmanship of the OSCE");
    }

    [Fact]
    public void An_organisation_s_chairmanship_and_a_government_joined_by_and_are_two_bodies()
    {
        var document = ImportFixture("igo-osce-old-no-sections.txt");
        var conference = document.Entry("Inter-Regional Conference on Cyber/ICT Security");
        Assert.Equal(["OSCE Chairmanship", "Government of the Republic of Korea"], Bodies(conference));
        Assert.Contains("read as two bodies", Assert.Single(document.Warnings, w => w.Line == 32).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acronym_spelt_out_with_an_ampersand_is_one_body_with_its_full_name()
    {
        var document = ImportFixture("state-korea-pdf-crlf.txt");
        var full = Assert.Single(document.Entry("KrCERT/CC").Links.Bodies).Body;
        var acronym = Assert.Single(document.Entries.Single(e => e.Entry.Acronym == "GCCD").Links.Bodies).Body;
        Assert.Equal(new Body("body:republic-of-korea:korea-internet-security-agency", "Korea Internet & Security Agency"), full);
        Assert.Equal(full, acronym);
    }

    [Fact]
    public void An_ambiguous_country_name_on_a_state_s_own_profile_is_that_state()
    {
        var document = ImportFixture("state-korea-pdf-crlf.txt");
        Assert.Equal("KR", document.Country?.Code);
        Assert.Equal(13, document.Entries.Count);
        Assert.Equal([43], document.Warnings.Select(w => w.Line));
        var dialogue = document.Entry("Korea-ASEAN Cyber Policy Dialogue");
        Assert.Equal(
            [("KR", InvolvementRole.Venue), ("VN", InvolvementRole.Partner), ("LA", InvolvementRole.Partner), ("KR", InvolvementRole.Partner)],
            Countries(dialogue));
    }

    [Theory]
    [InlineData("state-japan.txt", "ASEAN-Japan Cybersecurity Policy Meeting", "JP")]
    [InlineData("state-korea-pdf-crlf.txt", "Korea-ASEAN Cyber Policy Dialogue", "KR")]
    public void A_state_is_a_party_to_its_own_meeting_held_at_home_not_only_its_venue(string fixture, string title, string code)
    {
        var document = ImportFixture(fixture);
        var own = document.Entry(title).Links.Involvements.Where(i => i.Country.Code == code).ToArray();

        Assert.Equal([InvolvementRole.Venue, InvolvementRole.Partner], own.Select(i => i.Role));
        Assert.Equal(document.Profile.Name, own[1].Evidence);
    }

    [Fact]
    public void A_whole_line_name_with_commas_and_its_acronym_is_one_body()
    {
        var document = ImportFixture("state-tonga-old-portal.txt");
        var ids = new[] { "National Cyber Security Strategy (in progress)", "Tonga National ICT Policy", "CERT Tonga" }
            .Select(t => Assert.Single(document.Entry(t).Links.Bodies).Body.Id)
            .Distinct()
            .ToList();
        Assert.Equal(["body:tonga:ministry-of-meteorology-energy-information-disaster-management-environment-climate-change-and-communications"], ids);
    }

    [Fact]
    public void A_status_after_the_title_and_a_mixed_case_acronym_are_read_from_their_brackets()
    {
        var document = ImportFixture("state-tonga-old-portal.txt");
        var strategy = document.Entry("National Cyber Security Strategy (in progress)").Entry;
        Assert.Equal(EntryStatus.InProgress, strategy.Status);
        var meeting = document.Entry("Pacific Cyber Security Operational Network (PaCSON) annual meeting");
        Assert.Equal("PaCSON", meeting.Entry.Acronym);
        Assert.Equal([("TO", InvolvementRole.Venue), ("TO", InvolvementRole.Partner)], Countries(meeting));
        Assert.DoesNotContain(document.Warnings, w => w.Line == 40);
    }

    [Fact]
    public void The_country_after_a_city_is_where_the_city_is_not_a_partner()
    {
        var workshop = ImportFixture("state-tonga-old-portal.txt").Entry("Cybercrime workshop with Australia and New Zealand held in Suva, Fiji");
        Assert.Equal(
            [("AU", InvolvementRole.Partner), ("NZ", InvolvementRole.Partner), ("FJ", InvolvementRole.Venue), ("TO", InvolvementRole.Partner)],
            Countries(workshop));

        var convention = ImportFixture("igo-au-old-portal.txt").Entry("African Union Convention on Cyber Security and Personal Data Protection (Malabo Convention)");
        Assert.Equal([("GQ", InvolvementRole.Venue)], Countries(convention));
    }

    [Fact]
    public void Member_states_in_their_other_spellings_are_linked()
    {
        var document = ImportFixture("igo-au-old-portal.txt");
        Assert.Equal(54, document.Profile.Members.Count);
        Assert.Contains(document.Profile.Members, c => c.Code == "CD");
        Assert.Contains(document.Profile.Members, c => c.Code == "CI");
        Assert.Contains(document.Profile.Members, c => c.Code == "ST");
        var warning = Assert.Single(document.Warnings, w => w.Line == 4);
        Assert.Contains("'Sahrawi Arab Democratic Republic'", warning.Message, StringComparison.Ordinal);

        var eu = ImportFixture("igo-eu-new-portal.txt");
        Assert.Equal(27, eu.Profile.Members.Count);
        Assert.Contains("'Republic of Cyprus'", Assert.Single(eu.Warnings, w => w.Line == 4).Message, StringComparison.Ordinal);
        Assert.Contains(eu.Profile.Members, c => c.Code == "CY");
    }

    [Fact]
    public void A_country_named_without_its_article_is_not_a_shorter_country_in_it()
    {
        var entry = Assert.Single(ImportActivities("Cybercrime Workshop", "Training for the Democratic Republic of Congo and the Republic of Congo.", "2019").Entries);
        Assert.Equal([("CD", InvolvementRole.Partner), ("CG", InvolvementRole.Partner)], Countries(entry));
    }

    [Fact]
    public void A_unit_of_an_organ_of_the_profile_s_organisation_is_one_body_with_a_warning()
    {
        var document = ImportFixture("igo-au-old-portal.txt");
        var body = Assert.Single(document.Entry("Cyber Security Expert Group (AUCSEG)").Links.Bodies).Body;
        Assert.Equal("Department of Infrastructure and Energy, African Union Commission", body.Name);
        Assert.Contains("unit of 'African Union Commission'", Assert.Single(document.Warnings, w => w.Line == 18).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_venue_the_reference_data_does_not_know_is_a_warning_not_a_silent_loss()
    {
        var document = ImportFixture("igo-au-old-portal.txt");
        var forum = document.Entry("Africa Internet Governance Forum, 7th edition");
        Assert.Empty(forum.Links.Places);
        Assert.Contains("'Held in Sharm El Sheikh'", Assert.Single(document.Warnings, w => w.Line == 29).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_city_with_an_abbreviated_district_is_a_place()
    {
        var document = ImportFixture("igo-eu-new-portal.txt");
        var dialogue = document.Entry("EU-U.S. Cyber Dialogue");
        Assert.Equal([("US", InvolvementRole.Partner), ("US", InvolvementRole.Venue)], Countries(dialogue));
        Assert.Equal(("Washington", "(Washington, D.C.)"), (Assert.Single(dialogue.Links.Places).Place.Name, dialogue.Links.Places[0].Evidence));
        Assert.DoesNotContain(document.Warnings, w => w.Line == 51);
    }

    [Fact]
    public void Crlf_line_ends_and_trailing_spaces_keep_line_numbers_and_link_labels_out()
    {
        var document = ImportFixture("state-korea-pdf-crlf.txt");
        var plan = document.Entry("National Cybersecurity Master Plan");
        Assert.Equal(new SourceSpan("state-korea-pdf-crlf.txt", 10, 14), plan.Entry.Source);
        Assert.Equal(["Ministry of Science and ICT", "National Intelligence Service", "Ministry of the Interior and Safety"], Bodies(plan));
        Assert.Equal(plan.Links.Bodies[1].Body, Assert.Single(document.Entry("National Cyber Security Center (NCSC)").Links.Bodies).Body);
        Assert.Equal(
            new DateSpan("17–18 October 2013", "2013-10-17", "2013-10-18", DatePrecision.Day, null),
            Assert.Single(document.Entry("Seoul Conference on Cyberspace").Entry.Dates));
    }

    [Fact]
    public void Every_city_of_a_list_after_in_is_a_venue()
    {
        var document = ImportFixture("state-usa-new-portal.txt");
        var workshops = document.Entry("Cyber capacity building for ASEAN member states and Timor-Leste");
        Assert.Equal(
            [("Hanoi", "VN", "in Hanoi"), ("Phnom Penh", "KH", "in Hanoi, Phnom Penh"), ("Vientiane", "LA", "in Hanoi, Phnom Penh and Vientiane")],
            workshops.Links.Places.Select(p => (p.Place.Name, p.Place.Country!.Code, p.Evidence)));
        Assert.Equal(
            [("TL", InvolvementRole.Partner), ("VN", InvolvementRole.Venue), ("KH", InvolvementRole.Venue), ("LA", InvolvementRole.Venue), ("US", InvolvementRole.Partner)],
            Countries(workshops));
    }

    [Fact]
    public void A_body_of_another_state_involves_that_state()
    {
        var osce = ImportFixture("igo-osce-old-no-sections.txt").Entry("Inter-Regional Conference on Cyber/ICT Security");
        Assert.Contains(osce.Links.Involvements, i => (i.Country.Code, i.Role, i.Evidence, i.Line) == ("KR", InvolvementRole.Partner, "Government of the Republic of Korea", 32));

        var document = ImportFixture("state-usa-new-portal.txt");
        Assert.Equal("US", document.Country?.Code);
        var dialogue = document.Entry("U.S.–India Cyber Dialogue");
        Assert.Equal(["Department of State", "Ministry of External Affairs of India"], Bodies(dialogue));
        Assert.Equal([("IN", InvolvementRole.Partner), ("IN", InvolvementRole.Venue), ("US", InvolvementRole.Partner)], Countries(dialogue));
    }

    [Fact]
    public void A_state_page_on_the_new_portal_keeps_every_introduction_out_of_its_entries()
    {
        var document = ImportFixture("state-usa-new-portal.txt");
        Assert.Equal([5, 20, 26, 37, 45, 59], document.SubSections.Select(s => s.Line));
        Assert.Equal(13, document.Entries.Count);
        Assert.Equal(["Department of Defense"], Bodies(document.Entry("U.S. Cyber Command (USCYBERCOM)")));
        Assert.Equal(EntryStatus.Proposed, document.Entry("U.S.-ASEAN Cyber Policy Dialogue").Entry.Status);
        Assert.Equal([51], document.Warnings.Select(w => w.Line));
    }

    [Fact]
    public void Dates_in_other_forms_close_their_entry_and_an_unreadable_one_warns_without_shifting_the_next_entry()
    {
        var document = ImportFixture("igo-oas-dates-places.txt");
        Assert.Equal(
            [
                ("Cyber Security Workshop", "2018-06", "2018-07"),
                ("Regional Cybersecurity Forum", "2018-05-23", "2018-05-25"),
                ("Cyber Diplomacy Course", "2018-05-23", null),
                ("Hemispheric Cyber Drill", "2018", "2020"),
                ("Caribbean CERT Meeting", "2018-06-01", "2018-07-03"),
                ("Regional Forum on Cybercrime", null, null),
                ("Cyber Policy Roundtable", "2018", "2019"),
            ],
            document.Entries.Select(e => (e.Entry.Title, e.Entry.Dates.Count > 0 ? e.Entry.Dates[0].Start : null, e.Entry.Dates.Count > 0 ? e.Entry.Dates[0].End : null)));
        Assert.Equal(["REMJA Working Group on Cyber-Crime"], Bodies(document.Entry("Regional Forum on Cybercrime")));
        Assert.Equal(["General Secretariat, OAS"], Bodies(document.Entry("Cyber Policy Roundtable")));
        Assert.Contains("'Spring 2018' looks like a date", Assert.Single(document.Warnings, w => w.Line == 23).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Capitals_named_after_their_country_and_abbreviated_districts_are_venues()
    {
        var document = ImportFixture("igo-oas-dates-places.txt");
        Assert.Equal([("PA", InvolvementRole.Venue)], Countries(document.Entry("Regional Forum on Cybercrime")));
        Assert.Equal([("US", InvolvementRole.Venue)], Countries(document.Entry("Cyber Policy Roundtable")));
        Assert.Equal(
            [("GY", "Georgetown"), ("CR", "San José"), ("JM", "Kingston"), ("CL", "Santiago"), ("TT", "Port of Spain")],
            document.Entries.Take(5).Select(e => (Assert.Single(e.Links.Places).Place.Country!.Code, e.Links.Places[0].Place.Name)));
    }

    [Fact]
    public void Member_states_written_with_an_ampersand_or_an_official_form_are_linked()
    {
        var document = ImportFixture("igo-oas-dates-places.txt");
        Assert.Equal(34, document.Profile.Members.Count);
        Assert.Contains(document.Profile.Members, c => c.Code == "VC");
        Assert.Contains(document.Profile.Members, c => c.Code == "DM");
        Assert.Contains("'Commonwealth of Dominica'", Assert.Single(document.Warnings, w => w.Line == 3).Message, StringComparison.Ordinal);
        Assert.Equal([3, 23], document.Warnings.Select(w => w.Line));
    }

    [Fact]
    public void An_international_body_named_on_two_profiles_is_one_node()
    {
        var onEu = ImportFixture("igo-eu-new-portal.txt").Entry("EU-China Cyber Taskforce").Links.Bodies[0].Body;
        var onKorea = ImportFixture("state-korea-pdf-crlf.txt").Entry("2nd ROK–EU Cyber Dialogue").Links.Bodies[1].Body;
        Assert.Equal(new Body("body:european-external-action-service", "European External Action Service"), onEu);
        Assert.Equal(onEu, onKorea);

        var forum = ImportFixture("igo-au-old-portal.txt").Entry("Workshop on cybercrime legislation for ECOWAS member states");
        Assert.Equal("body:economic-community-of-west-african-states-ecowas-commission", forum.Links.Bodies[0].Body.Id);
        Assert.Equal(["organization:ecowas"], forum.Links.Organizations.Select(o => o.Organization.Id));
    }

    [Fact]
    public void A_name_with_a_comma_that_its_acronym_spells_whole_is_one_body()
    {
        var document = ImportFixture("state-mauritius-pdf-reordered.txt");
        var ministry = new Body("body:mauritius:ministry-of-technology-communication-and-innovation", "Ministry of Technology, Communication and Innovation");
        Assert.Equal([ministry], document.Entry("National Cyber Security Strategy 2014-2019").Links.Bodies.Select(b => b.Body));
        Assert.Equal([ministry], document.Entry("National Cybercrime Strategy").Links.Bodies.Select(b => b.Body));
        Assert.Equal([ministry], document.Entry("Digital Mauritius 2030 Strategic Plan").Links.Bodies.Select(b => b.Body));
    }

    [Fact]
    public void Sections_in_another_order_and_dateless_lists_keep_their_kinds()
    {
        var document = ImportFixture("state-mauritius-pdf-reordered.txt");
        Assert.Equal(
            [
                ("Structure", EntryKind.KeyPosition), ("Structure", EntryKind.KeyPosition), ("Structure", EntryKind.NationalAgency),
                ("Policy", EntryKind.StrategyDocument), ("Policy", EntryKind.StrategyDocument), ("Policy", EntryKind.StrategyDocument),
                ("Legislation", EntryKind.Legislation), ("Legislation", EntryKind.Legislation),
                ("Cooperation", EntryKind.Meeting), ("Cooperation", EntryKind.Meeting),
            ],
            document.Entries.Select(e => (e.Entry.Section, e.Entry.Kind)));
        Assert.Equal(["CERT-MU", "African Union Commission"], Bodies(document.Entry("Africa Cybersecurity Conference")));
        Assert.Equal("body:african-union-commission", document.Entry("Africa Cybersecurity Conference").Links.Bodies[1].Body.Id);
        Assert.Contains("'Held in Ebène'", Assert.Single(document.Warnings, w => w.Line == 34).Message, StringComparison.Ordinal);
    }
}
