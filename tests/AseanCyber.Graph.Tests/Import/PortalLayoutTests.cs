using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using static AseanCyber.Graph.Tests.Import.ImportTestData;

namespace AseanCyber.Graph.Tests.Import;

/// <summary>Issue 10: the old portal without section headings, the new portal, state PDF exports, body lines, identities, members, places.</summary>
public sealed class PortalLayoutTests
{
    private static string[] Bodies(ImportedEntry entry) => [.. entry.Links.Bodies.Select(b => b.Body.Name)];

    private static (string Code, InvolvementRole Role)[] Countries(ImportedEntry entry) =>
        [.. entry.Links.Involvements.Select(i => (i.Country.Code, i.Role))];

    [Fact]
    public void Old_portal_without_section_headings_takes_the_section_from_the_sub_section()
    {
        var document = ImportFixture("old-portal-no-sections.txt");
        Assert.Equal(
            [
                ("Regional Cybersecurity Strategy", "Policy", EntryKind.StrategyDocument),
                ("Guidelines on Cybercrime", "Policy", EntryKind.OtherDocument),
                ("Supplementary Act on Personal Data Protection", "Policy", EntryKind.OtherDocument),
                ("Regional Cyber Response Team", "Structure", EntryKind.SpecializedAgency),
                ("West African Cyber Security Centre (WACSC)", "Structure", EntryKind.SpecializedAgency),
                ("Cybercrime Experts Meeting", "Cooperation", EntryKind.Meeting),
                ("Regional Cyber Diplomacy Workshop", "Cooperation", EntryKind.Meeting),
                ("ECOWAS-EU Cyber Dialogue", "Cooperation", EntryKind.Meeting),
                ("2nd Cybercrime Dialogue", "Cooperation", EntryKind.Meeting),
                ("Regional Forum on Cyber Norms", "Cooperation", EntryKind.Meeting),
            ],
            document.Entries.Select(e => (e.Entry.Title, e.Entry.Section, e.Entry.Kind)));
    }

    [Fact]
    public void A_long_body_name_with_lower_case_words_is_the_body_not_the_description()
    {
        var entry = ImportFixture("old-portal-no-sections.txt").Entry("Regional Cybersecurity Strategy");
        Assert.Equal(["Ministers in charge of Telecommunications and Information and Communication Technologies of the Member States"], Bodies(entry));
        Assert.Equal("Sets out the regional approach to cyber security and the fight against cybercrime.", entry.Entry.Description);
        Assert.Equal("2015-06", Assert.Single(entry.Entry.Dates).Start);
    }

    [Fact]
    public void Two_bodies_joined_by_and_are_split_with_a_warning_and_the_commission_is_one_node()
    {
        var document = ImportFixture("old-portal-no-sections.txt");
        var guidelines = document.Entry("Guidelines on Cybercrime");
        Assert.Equal(["ECOWAS Commission", "Society for Worldwide Interbank Financial Telecommunication"], Bodies(guidelines));
        var warning = Assert.Single(document.Warnings, w => w.Line == 10);
        Assert.Contains("read as two bodies, 'ECOWAS Commission' and 'Society for Worldwide Interbank Financial Telecommunication'", warning.Message, StringComparison.Ordinal);

        var commission = document.Entries.Where(e => e.Links.Bodies.Any(b => b.Body.Id == "body:ecowas-commission")).Select(e => e.Entry.Title);
        Assert.Equal(["Guidelines on Cybercrime", "Supplementary Act on Personal Data Protection", "ECOWAS-EU Cyber Dialogue", "2nd Cybercrime Dialogue"], commission);
    }

    [Fact]
    public void A_unit_followed_by_its_organisation_is_one_body()
    {
        var entry = ImportFixture("old-portal-no-sections.txt").Entry("Regional Cyber Response Team");
        var body = Assert.Single(entry.Links.Bodies);
        Assert.Equal(("General Secretariat, ECOWAS", "body:general-secretariat-ecowas"), (body.Body.Name, body.Body.Id));
    }

    [Fact]
    public void Several_bodies_separated_by_commas_with_acronyms_and_a_full_stop()
    {
        var document = ImportFixture("old-portal-no-sections.txt");
        var entry = document.Entry("Regional Cyber Diplomacy Workshop");
        Assert.Equal(
            ["African Union Commission", "Council of Europe", "Office of the special envoy on cyber affairs", "Global Forum on Cyber Expertise"],
            Bodies(entry));
        Assert.Equal(
            ["body:african-union-commission", "body:council-of-europe", "body:ecowas:office-of-the-special-envoy-on-cyber-affairs", "body:global-forum-on-cyber-expertise"],
            entry.Links.Bodies.Select(b => b.Body.Id));
        Assert.Equal("Held to discuss capacity building.", entry.Entry.Description);
        Assert.DoesNotContain(document.Warnings, w => w.Line == 29);
    }

    [Fact]
    public void An_acronym_and_its_full_name_are_one_body_scoped_to_the_profile()
    {
        var document = ImportFixture("old-portal-no-sections.txt");
        var body = Assert.Single(document.Entry("Cybercrime Experts Meeting").Links.Bodies);
        Assert.Equal(("West African Cyber Security Centre", "body:ecowas:west-african-cyber-security-centre", "WACSC"), (body.Body.Name, body.Body.Id, body.Evidence));
    }

    [Fact]
    public void A_body_line_that_says_where_and_when_keeps_its_date_out_of_the_entry()
    {
        var document = ImportFixture("old-portal-no-sections.txt");
        var dialogue = document.Entry("ECOWAS-EU Cyber Dialogue");
        Assert.Equal(["ECOWAS Commission"], Bodies(dialogue));
        Assert.Equal("2018-10", Assert.Single(dialogue.Entry.Dates).Start);
        Assert.Equal("Discussed cooperation between the two organisations.", dialogue.Entry.Description);
        var place = Assert.Single(dialogue.Links.Places);
        Assert.Equal(("Brussels", "BE", 33), (place.Place.Name, place.Place.Country!.Code, place.Line));
        Assert.Contains(("BE", InvolvementRole.Venue), Countries(dialogue));
    }

    [Fact]
    public void Ordinals_in_titles_are_editions_and_world_capitals_resolve_to_their_country()
    {
        var document = ImportFixture("old-portal-no-sections.txt");
        var dialogue = document.Entry("2nd Cybercrime Dialogue");
        Assert.Equal(2, dialogue.Entry.Edition);
        Assert.Equal([("KE", InvolvementRole.Venue)], Countries(dialogue));
        Assert.Equal("Nairobi", Assert.Single(dialogue.Links.Places).Place.Name);

        var forum = document.Entry("Regional Forum on Cyber Norms");
        Assert.Equal([("NO", InvolvementRole.Host)], Countries(forum));
        Assert.Equal("Oslo", Assert.Single(forum.Links.Places).Place.Name);
    }

    [Fact]
    public void Old_portal_warnings_are_only_the_uncertain_decisions()
    {
        var document = ImportFixture("old-portal-no-sections.txt");
        Assert.Equal([10], document.Warnings.Select(w => w.Line));
        Assert.Empty(document.SubSections);
        Assert.Null(document.Country);
    }

    [Fact]
    public void New_portal_introductions_belong_to_their_sub_section()
    {
        var document = ImportFixture("new-portal.txt");
        Assert.Equal(
            [
                ("Policy", "Strategy Documents", 5),
                ("Policy", "Other Documents", 15),
                ("Structure", "Specialized Agencies", 22),
                ("Cooperation", "Meetings", 29),
            ],
            document.SubSections.Select(s => (s.Section, s.Heading, s.Line)));
        Assert.StartsWith("Official documents of the intergovernmental organization designed to outline the policy plans", document.SubSections[0].Description, StringComparison.Ordinal);
        Assert.Equal(
            ["Digital Transformation Strategy for Africa", "Continental Cyber Capacity Programme", "Cyber Security Expert Group", "AU-EU Cyber Consultations"],
            document.Entries.Select(e => e.Entry.Title));
        Assert.Equal(
            [EntryKind.StrategyDocument, EntryKind.OtherDocument, EntryKind.SpecializedAgency, EntryKind.Meeting],
            document.Entries.Select(e => e.Entry.Kind));
    }

    [Fact]
    public void New_portal_semicolon_bodies_and_nested_bullets()
    {
        var document = ImportFixture("new-portal.txt");
        var strategy = document.Entry("Digital Transformation Strategy for Africa");
        Assert.Equal(["Commission of the African Union", "Specialised Technical Committee on Communication and ICT"], Bodies(strategy));
        Assert.Equal("Four pillars:", strategy.Entry.Description);
        Assert.Equal(["Enabling environment", "Policy and regulation", "Cybersecurity", "Digital skills"], strategy.Entry.Items);
        Assert.Equal(new SourceSpan("new-portal.txt", 6, 13), strategy.Entry.Source);

        var commission = strategy.Links.Bodies[0].Body.Id;
        Assert.Equal("body:commission-of-the-african-union", commission);
        Assert.Equal(3, document.Entries.Count(e => e.Links.Bodies.Any(b => b.Body.Id == commission)));

        var consultations = document.Entry("AU-EU Cyber Consultations");
        Assert.Equal(["Department of Infrastructure and Energy", "European External Action Service"], Bodies(consultations));
        Assert.Equal([("ET", InvolvementRole.Venue)], Countries(consultations));
        Assert.Equal([17], document.Warnings.Select(w => w.Line));
    }

    [Fact]
    public void State_pdf_export_capitals_source_labels_and_run_on_pillars()
    {
        var document = ImportFixture("state-pdf.txt");
        Assert.Equal(("KE", "Kenya"), (document.Country?.Code, document.Profile.Name));
        var strategy = document.Entry("National Cybersecurity Strategy");
        Assert.Equal(["Pillar I: Enhancing cybersecurity capability", "Pillar II: Building national capacity", "Pillar III: Fostering information sharing"], strategy.Entry.Items);
        Assert.Null(strategy.Entry.Description);
        Assert.Equal("2014", Assert.Single(strategy.Entry.Dates).Start);
        Assert.Equal(["Ministry of Information, Communications and Technology"], Bodies(strategy));
        Assert.DoesNotContain(document.Entries, e => e.Entry.Title.StartsWith("Source", StringComparison.Ordinal));

        var centre = document.Entry("National Kenya Computer Incident Response Team Coordination Centre (KE-CIRT/CC)");
        Assert.Equal((EntryKind.NationalAgency, "Structure", "KE-CIRT/CC"), (centre.Entry.Kind, centre.Entry.Section, centre.Entry.Acronym));
        Assert.Equal("2012", Assert.Single(centre.Entry.Dates).Start);
    }

    [Fact]
    public void Key_positions_pair_a_title_with_its_institution_and_make_no_entry_of_the_body()
    {
        var document = ImportFixture("state-pdf.txt");
        var positions = document.Entries.Where(e => e.Entry.Kind == EntryKind.KeyPosition).ToList();
        Assert.Equal(
            [
                ("Cabinet Secretary for Information, Communications and Technology", "Ministry of Information, Communications and Technology"),
                ("Director General", "Communications Authority of Kenya"),
                ("Chief Information Officer", null),
            ],
            positions.Select(e => (e.Entry.Title, e.Links.Bodies.SingleOrDefault()?.Body.Name)));
        Assert.All(positions, e => Assert.Empty(e.Entry.Dates));
        Assert.DoesNotContain(document.Warnings, w => w.Message.Contains("date", StringComparison.Ordinal));
        Assert.Equal("Ministry of Defence", Assert.Single(document.Entries, e => e.Entry.Category == "DEDICATED AGENCIES AND DEPARTMENTS").Entry.Title);
    }

    [Fact]
    public void A_state_profile_is_tied_to_its_country_and_its_entries_involve_it()
    {
        var document = ImportFixture("state-pdf.txt");
        Assert.Equal(7, document.Entries.Count);
        Assert.All(document.Entries, e => Assert.Contains(e.Links.Involvements, i => i.Country.Code == "KE" && i.Evidence == "Kenya" && i.Line == 1));
        var summit = document.Entry("East African Cybersecurity Summit");
        Assert.Equal([("RW", InvolvementRole.Venue), ("KE", InvolvementRole.Partner)], Countries(summit));

        // The same ministry on two entries of one state is one node, scoped to the state.
        var ministry = document.Entries.SelectMany(e => e.Links.Bodies).Where(b => b.Body.Name.StartsWith("Ministry of Information", StringComparison.Ordinal)).Select(b => b.Body.Id).Distinct();
        Assert.Equal(["body:kenya:ministry-of-information-communications-and-technology"], ministry);
        Assert.Equal([6, 19], document.Warnings.Select(w => w.Line));
    }

    [Fact]
    public void Two_states_ministries_of_defence_never_merge_but_an_international_body_does()
    {
        static ProfileDocument State(string name) => Importer.Import(
            string.Join('\n', [name, "Last Updated: May 2019", "Policy", "Strategy Documents", "Defence Cyber Strategy", "Ministry of Defence", "2018", "Cybercrime Workshop", "Council of Europe", "2019"]),
            $"{name}.txt");

        var norway = State("Norway");
        var kenya = State("Kenya");
        Assert.Equal("body:norway:ministry-of-defence", norway.Entries[0].Links.Bodies[0].Body.Id);
        Assert.Equal("body:kenya:ministry-of-defence", kenya.Entries[0].Links.Bodies[0].Body.Id);
        Assert.Equal(norway.Entries[1].Links.Bodies[0].Body.Id, kenya.Entries[1].Links.Bodies[0].Body.Id);
    }

    [Fact]
    public void Member_states_with_and_abbreviations_and_misspellings()
    {
        var document = ImportFixture("members-misspelt.txt");
        Assert.Equal(["AG", "BA", "KN", "VC", "TT", "CO", "PH", "ST", "PE", "VE"], document.Profile.Members.Select(c => c.Code));
        Assert.Null(document.MembersSource);
        Assert.Equal(
            [
                "member 'Columbia' is not a country name as spelt; read as Colombia (CO), the nearest name 'Colombia'",
                "member 'Phillipines' is not a country name as spelt; read as Philippines (PH), the nearest name 'Philippines'",
                "member 'Narnia' is not a known country name; left out of the members",
            ],
            document.Warnings.Where(w => w.Line == 4).Select(w => w.Message));
        Assert.All(document.Warnings, w => Assert.Equal(4, w.Line));
    }

    [Fact]
    public void An_igo_without_a_member_line_takes_its_members_from_reference_data_as_of_the_page()
    {
        var profile = Seed.Profile;
        Assert.Equal(["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"], profile.Members.Select(c => c.Code));
        Assert.Contains("ASEAN Secretariat", Seed.MembersSource, StringComparison.Ordinal);
        Assert.Null(Seed.Country);

        var arf = ReferenceData.Default.FindMembers("ASEAN Regional Forum", "ARF", "2019-01");
        Assert.NotNull(arf);
        Assert.Equal(26, arf.Value.Members.Count);
        Assert.Contains("European Union", arf.Value.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_agency_title_followed_by_a_body_and_a_date_is_an_entry_not_a_heading()
    {
        var document = ImportFixture("seed-layout-unknown-agency.txt");
        Assert.Equal(
            [
                ("ASEAN Network Security Action Council", EntryKind.SpecializedAgency, "ASEAN Digital Senior Officials"),
                ("Cyber Coordination Taskforce", EntryKind.SpecializedAgency, "Heads of State/Government"),
                ("ARF Inter-Sessional Meeting on Security of and in the Use of ICTs", EntryKind.Meeting, "ASEAN Regional Forum"),
            ],
            document.Entries.Select(e => (e.Entry.Title, e.Entry.Kind, Bodies(e).Single())));
        var meeting = document.Entries[2];
        Assert.Equal("2018", Assert.Single(meeting.Entry.Dates).Start);
        Assert.Equal(("Kuala Lumpur", 15), (Assert.Single(meeting.Links.Places).Place.Name, meeting.Links.Places[0].Line));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void An_ambiguous_city_links_the_most_populous_with_a_warning_unless_the_context_decides()
    {
        var ambiguous = ImportActivities("Cyber Week (Valencia)", "2019");
        Assert.Equal("VE", Assert.Single(ambiguous.Entries[0].Links.Places).Place.Country!.Code);
        Assert.Contains("'Valencia' may be the city in Venezuela or the one in Spain", Assert.Single(ambiguous.Warnings).Message, StringComparison.Ordinal);

        var spanish = Importer.Import(string.Join('\n', ["Spain", "Last Updated: May 2019", "Cooperation", "Meetings", "Cyber Week (Valencia)", "2019"]), "spain.txt");
        Assert.Equal("ES", Assert.Single(spanish.Entries[0].Links.Places).Place.Country!.Code);
        Assert.Empty(spanish.Warnings);
    }

    [Fact]
    public void Entry_ids_are_bounded_readable_and_unique()
    {
        var title = "A Very Long Title of a Meeting on Cooperation in Ensuring the Security of and in the Use of Information and Communications Technologies";
        var document = ImportActivities(title, "2019", title, "2020");
        Assert.All(document.Entries, e => Assert.InRange(e.Entry.Id.Length, 1, 80));
        Assert.Equal(2, document.Entries.Select(e => e.Entry.Id).Distinct().Count());
        Assert.StartsWith("entry:asean:a-very-long-title-of-a-meeting", document.Entries[0].Entry.Id, StringComparison.Ordinal);
        Assert.Equal(document.Entries[0].Entry.Id + "-2", document.Entries[1].Entry.Id);
        Assert.All(Seed.Entries, e => Assert.InRange(e.Entry.Id.Length, 1, 80));
    }

    [Fact]
    public void A_misspelt_country_in_a_title_is_linked_with_a_warning_naming_the_spelling()
    {
        var document = ImportActivities("Cyber Drill (Phillipines)", "2019");
        Assert.Equal([("PH", InvolvementRole.Venue)], Countries(document.Entries[0]));
        var warning = Assert.Single(document.Warnings);
        Assert.Equal((5, "'Phillipines' is not a country name as spelt; read as Philippines (PH)"), (warning.Line, warning.Message));
    }

    [Fact]
    public void A_sentence_opening_with_an_organisation_word_is_a_description_not_a_body()
    {
        var document = ImportActivities("Regional Cyber Council", "Council composed of representatives from each member state", "2019");
        var entry = Assert.Single(document.Entries);
        Assert.Empty(entry.Links.Bodies);
        Assert.Equal("Council composed of representatives from each member state", entry.Entry.Description);
    }

    [Fact]
    public void On_an_old_portal_page_a_sentence_like_first_title_is_an_entry_not_an_introduction()
    {
        var document = ImportActivities("INTERPOL-led cybercrime operation across ASEAN", "INTERPOL Global Complex for Innovation", "Identified compromised servers.", "2017");
        var entry = Assert.Single(document.Entries);
        Assert.Equal("INTERPOL-led cybercrime operation across ASEAN", entry.Entry.Title);
        Assert.Equal(["INTERPOL Global Complex for Innovation"], Bodies(entry));
        Assert.Empty(document.SubSections);
    }

    [Fact]
    public void A_bare_in_links_only_a_major_city_that_is_not_part_of_a_longer_name()
    {
        var document = ImportActivities(
            "Regional Dialogue",
            "Discussed security in Central Asia and capacity in Mobile networks, then met in Washington.",
            "2019");
        var entry = Assert.Single(document.Entries);
        Assert.Equal([("US", "Washington", "in Washington")], entry.Links.Places.Select(p => (p.Place.Country!.Code, p.Place.Name, p.Evidence)));
        Assert.Empty(document.Warnings);
    }
}
