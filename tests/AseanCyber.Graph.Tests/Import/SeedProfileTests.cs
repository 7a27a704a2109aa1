using AseanCyber.Graph.Model;
using static AseanCyber.Graph.Tests.Import.ImportTestData;

namespace AseanCyber.Graph.Tests.Import;

/// <summary>The facts the issue states about the ASEAN page, each asserted on its own.</summary>
public sealed class SeedProfileTests
{
    private static IEnumerable<ImportedEntry> Entries => Seed.Entries;

    private static IEnumerable<ImportedEntry> OfKind(EntryKind kind) => Entries.Where(e => e.Entry.Kind == kind);

    [Fact]
    public void The_profile_is_ASEAN_last_updated_November_2018()
    {
        var profile = Seed.Profile;
        Assert.Equal("profile:asean", profile.Id);
        Assert.Equal("Association of Southeast Asian Nations", profile.Name);
        Assert.Equal("ASEAN", profile.Acronym);
        Assert.Equal("2018-11", profile.LastUpdated);
        Assert.Equal(SeedName, profile.Document);

        // The page has no Member States line: the ten members of November 2018 come from Data/memberships.json.
        Assert.Equal(10, profile.Members.Count);
        Assert.NotNull(Seed.MembersSource);
    }

    [Fact]
    public void The_document_keeps_the_original_text()
    {
        Assert.Equal(SeedText, Seed.Text);
    }

    [Fact]
    public void The_seed_has_27_entries()
    {
        Assert.Equal(27, Seed.Entries.Count);
    }

    [Theory]
    [InlineData(EntryKind.StrategyDocument, 1)]
    [InlineData(EntryKind.OtherDocument, 3)]
    [InlineData(EntryKind.Communication, 3)]
    [InlineData(EntryKind.SpecializedAgency, 2)]
    [InlineData(EntryKind.Meeting, 10)]
    [InlineData(EntryKind.Activity, 6)]
    [InlineData(EntryKind.ExternalCooperation, 2)]
    [InlineData(EntryKind.Legislation, 0)]
    [InlineData(EntryKind.KeyPosition, 0)]
    [InlineData(EntryKind.NationalAgency, 0)]
    [InlineData(EntryKind.Other, 0)]
    public void Entries_per_kind(EntryKind kind, int count)
    {
        Assert.Equal(count, OfKind(kind).Count());
    }

    [Fact]
    public void Legislation_has_no_entries()
    {
        Assert.DoesNotContain(Entries, e => e.Entry.Section == "Legislation");
        Assert.Equal(["Policy", "Structure", "Cooperation"], Entries.Select(e => e.Entry.Section).Distinct());
    }

    [Fact]
    public void Categories_are_the_sub_section_headings_as_printed()
    {
        Assert.Equal(
            ["Strategy Documents", "Other Documents", "Communications", "Specialized Agencies", "Meetings", "Activities", "External Cooperation"],
            Entries.Select(e => e.Entry.Category).Distinct());
    }

    [Fact]
    public void There_are_7_distinct_bodies()
    {
        var bodies = Entries.SelectMany(e => e.Links.Bodies).Select(b => b.Body.Name).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(
            new[]
            {
                "ASEAN Chief Information Officer Association",
                "ASEAN Defence Ministers' Meeting-Plus",
                "ASEAN Regional Forum",
                "ASEAN Secretariat",
                "Heads of State/Government",
                "Telecommunications and Information Technology Ministers",
                "VNCERT",
            },
            bodies);
    }

    [Theory]
    [InlineData("ASEAN Regional Forum", 4)]
    [InlineData("Heads of State/Government", 2)]
    [InlineData("ASEAN Secretariat", 1)]
    [InlineData("Telecommunications and Information Technology Ministers", 1)]
    [InlineData("ASEAN Defence Ministers' Meeting-Plus", 1)]
    [InlineData("ASEAN Chief Information Officer Association", 1)]
    [InlineData("VNCERT", 1)]
    public void Entries_per_body(string body, int count)
    {
        Assert.Equal(count, Entries.Count(e => e.Links.Bodies.Any(b => b.Body.Name == body)));
    }

    [Fact]
    public void Body_ids_come_from_their_names()
    {
        var forum = Entries.SelectMany(e => e.Links.Bodies).First(b => b.Body.Name == "ASEAN Regional Forum");
        Assert.Equal("body:asean-regional-forum", forum.Body.Id);
        Assert.Equal("ASEAN Regional Forum", forum.Evidence);
        Assert.Equal(49, forum.Line);
        // A generic name is scoped to the profile; a name carrying ASEAN's own is international and stays global.
        Assert.Equal("body:asean:heads-of-state-government", Entries.SelectMany(e => e.Links.Bodies).First(b => b.Body.Name == "Heads of State/Government").Body.Id);
    }

    [Fact]
    public void Sixteen_entries_have_no_body_and_none_has_two()
    {
        Assert.Equal(16, Entries.Count(e => e.Links.Bodies.Count == 0));
        Assert.All(Entries, e => Assert.True(e.Links.Bodies.Count <= 1));
    }

    [Fact]
    public void Exactly_two_meetings_involve_Japan()
    {
        var meetings = OfKind(EntryKind.Meeting).Where(e => e.Links.Involvements.Any(i => i.Country.Code == "JP")).ToList();

        Assert.Equal(2, meetings.Count);
        var policyMeeting = meetings[0].Entry;
        Assert.Equal("ASEAN-Japan Information Security Policy Meetings (10th edition), to be renamed to the Japan-ASEAN Cybersecurity Policy Meeting", policyMeeting.Title);
        Assert.Equal(10, policyMeeting.Edition);

        var dialogue = meetings[1];
        Assert.Equal("ASEAN-Japan 2nd Cybercrime Dialogue", dialogue.Entry.Title);
        var place = Assert.Single(dialogue.Links.Places);
        Assert.Equal("Kuala Lumpur", place.Place.Name);
        Assert.Equal("MY", place.Place.Country?.Code);
        Assert.Contains(dialogue.Links.Involvements, i => i.Country.Code == "MY" && i.Role == InvolvementRole.Venue);
    }

    [Fact]
    public void Japan_is_a_partner_through_hyphenated_compounds_with_the_compound_as_evidence()
    {
        var japan = Seed.Entry("ASEAN-Japan 2nd Cybercrime Dialogue").Links.Involvements.Single(i => i.Country.Code == "JP");
        Assert.Equal(InvolvementRole.Partner, japan.Role);
        Assert.Equal("ASEAN-Japan", japan.Evidence);
        Assert.Equal(85, japan.Line);

        var handbook = Seed.Entry("Japan-ASEAN Cybersecurity Policy Handbook").Links.Involvements.Single();
        Assert.Equal(("JP", InvolvementRole.Partner, "Japan-ASEAN", 20), (handbook.Country.Code, handbook.Role, handbook.Evidence, handbook.Line));
    }

    [Fact]
    public void Japans_campaign_makes_Japan_a_partner_through_the_possessive()
    {
        var japan = Assert.Single(Seed.Entry("Japan's International Campaign for Information Security").Links.Involvements);
        Assert.Equal(("JP", InvolvementRole.Partner, "Japan's"), (japan.Country.Code, japan.Role, japan.Evidence));
    }

    [Theory]
    [InlineData("ASEAN Ministerial Conference on Cybersecurity, Third Edition", "Attended by Ministers and Senior Officials responsible for Cybersecurity and Information and Communications Technology (ICT) from all 10 ASEAN Member States")]
    [InlineData("ASEAN-Japan Cybersecurity Capacity Building Centre", "Hosted in Thailand, will teach courses to prepare cybersecurity workforce in ASEAN for the rising threats of cyber-attacks")]
    [InlineData("Japan's International Campaign for Information Security", "Cybersecurity awareness raising activities in cooperation with ASEAN member states")]
    [InlineData("ASEAN Cyber University Project", "Aims to expand opportunities of higher education in ASEAN and strengthen the relationships between ROK and ASEAN.")]
    public void Sentence_lines_after_a_title_are_descriptions_not_bodies(string title, string description)
    {
        var entry = Seed.Entry(title);
        Assert.Empty(entry.Links.Bodies);
        Assert.Equal(description, entry.Entry.Description);
    }

    [Fact]
    public void Four_sessions_is_the_description_lead_in_after_the_body()
    {
        var seminar = Seed.Entry("Seminar on Confidence Building Measures in Cyberspace");
        Assert.Equal("ASEAN Regional Forum", Assert.Single(seminar.Links.Bodies).Body.Name);
        Assert.Equal("Four sessions:", seminar.Entry.Description);
        Assert.Equal(
            ["Identification of Existing and Potential Threats in Cyberspace", "Confidence-Building Measures in Cyberspace", "Norms of Acceptable Behavior in Cyberspace", "Capacity-Building Measures in Cyberspace."],
            seminar.Entry.Items);
    }

    [Fact]
    public void Member_states_as_a_group_add_no_country()
    {
        var conference = Seed.Entry("ASEAN Ministerial Conference on Cybersecurity, Third Edition");
        Assert.Empty(conference.Links.Involvements);
        Assert.Empty(conference.Links.Places);
        Assert.Empty(Seed.Entry("ASEAN Cyber Capacity Programme (ACCP)").Links.Involvements);
        Assert.DoesNotContain(Seed.Entry("Japan's International Campaign for Information Security").Links.Involvements, i => i.Country.Code != "JP");
    }

    [Fact]
    public void The_Budapest_Convention_is_not_a_place_country_or_organization()
    {
        var dialogue = Seed.Entry("ASEAN-Japan 2nd Cybercrime Dialogue").Links;
        Assert.Equal(["Kuala Lumpur"], dialogue.Places.Select(p => p.Place.Name));
        Assert.DoesNotContain(dialogue.Involvements, i => i.Country.Code == "HU");
        Assert.Empty(dialogue.Organizations);
        Assert.DoesNotContain(Entries.SelectMany(e => e.Links.Places), p => p.Place.Name == "Budapest");
    }

    [Theory]
    [InlineData(20, "Japan-ASEAN Cybersecurity Policy Handbook")]
    [InlineData(58, "Creation of National Security Operations Centres (SOC)")]
    [InlineData(75, "ASEAN-Japan Information Security Policy Meetings (10th edition), to be renamed to the Japan-ASEAN Cybersecurity Policy Meeting")]
    [InlineData(85, "ASEAN-Japan 2nd Cybercrime Dialogue")]
    [InlineData(88, "ASEAN Telecommunications and Information Technology Ministers Meeting (TELMIN), 16th edition")]
    [InlineData(95, "Symposium: ASEAN Cyber Security and Cyber Crime Center: Possibility and Way Forward")]
    [InlineData(98, "Seminar on Confidence Building Measures in Cyberspace")]
    [InlineData(106, "Cyber Incident Response Workshop")]
    [InlineData(114, "Workshop on Proxy Actors in Cyberspace")]
    [InlineData(133, "ASEAN CERT Incident Drill (ACID), 12th edition")]
    [InlineData(136, "ASEAN Cyber Capacity Programme (ACCP)")]
    [InlineData(143, "INTERPOL-led cybercrime operation across ASEAN")]
    public void Titles_lose_status_prefix_and_trailing_place_but_keep_acronyms_and_editions(int line, string title)
    {
        Assert.Equal(title, Entries.Single(e => e.Entry.Source.FirstLine == line).Entry.Title);
    }

    [Theory]
    [InlineData("Japan-ASEAN Cybersecurity Policy Handbook", EntryStatus.InProgress)]
    [InlineData("Creation of National Security Operations Centres (SOC)", EntryStatus.Proposed)]
    [InlineData("ASEAN Cyber Risk Reduction Workshop", EntryStatus.Announced)]
    [InlineData("ASEAN-Singapore Cybersecurity Centre of Excellence", EntryStatus.Announced)]
    public void Statuses(string title, EntryStatus status)
    {
        Assert.Equal(status, Seed.Entry(title).Entry.Status);
    }

    [Fact]
    public void Only_four_entries_have_a_status()
    {
        Assert.Equal(4, Entries.Count(e => e.Entry.Status is not null));
    }

    [Theory]
    [InlineData("ASEAN-Japan Information Security Policy Meetings (10th edition), to be renamed to the Japan-ASEAN Cybersecurity Policy Meeting", 10)]
    [InlineData("ASEAN Telecommunications and Information Technology Ministers Meeting (TELMIN), 16th edition", 16)]
    [InlineData("ASEAN Ministerial Conference on Cybersecurity, Third Edition", 3)]
    [InlineData("ASEAN CERT Incident Drill (ACID), 12th edition", 12)]
    public void Editions(string title, int edition)
    {
        Assert.Equal(edition, Seed.Entry(title).Entry.Edition);
    }

    [Fact]
    public void An_ordinal_in_the_title_is_the_edition_but_not_one_naming_another_meeting()
    {
        // The dialogue's date line says "27 March 2014 (first dialogue)": the 2017 one is the second.
        Assert.Equal(2, Seed.Entry("ASEAN-Japan 2nd Cybercrime Dialogue").Entry.Edition);
        Assert.Null(Seed.Entry("CIIP Guidelines, 9th ASEAN-Japan Information Security Policy Meeting").Entry.Edition);
        Assert.Equal(5, Entries.Count(e => e.Entry.Edition is not null));
    }

    [Theory]
    [InlineData("ASEAN Telecommunications and Information Technology Ministers Meeting (TELMIN), 16th edition", "TELMIN")]
    [InlineData("Creation of National Security Operations Centres (SOC)", "SOC")]
    [InlineData("ASEAN CERT Incident Drill (ACID), 12th edition", "ACID")]
    [InlineData("ASEAN Cyber Capacity Programme (ACCP)", "ACCP")]
    public void Acronyms(string title, string acronym)
    {
        Assert.Equal(acronym, Seed.Entry(title).Entry.Acronym);
    }

    [Theory]
    [InlineData(85, "Kuala Lumpur", "MY", "(Kuala Lumpur)")]
    [InlineData(88, "Bandar Seri Begawan", "BN", "(Bandar Seri Begawan, Brunei Darussalam)")]
    [InlineData(95, "Bangkok", "TH", "(Bangkok)")]
    [InlineData(98, "Seoul", "KR", "(Seoul)")]
    [InlineData(106, "Singapore", "SG", "(Singapore)")]
    [InlineData(114, "Hoi An", "VN", "(Hoi An City, Quang Nam Province, Viet Nam)")]
    [InlineData(133, "Hanoi", "VN", "(Hanoi)")]
    public void Parenthesised_places_become_a_place_and_a_venue(int line, string city, string code, string evidence)
    {
        var links = Entries.Single(e => e.Entry.Source.FirstLine == line).Links;
        var place = Assert.Single(links.Places);
        Assert.Equal(city, place.Place.Name);
        Assert.Equal(NodeIds.Place(city), place.Place.Id);
        Assert.Equal(code, place.Place.Country?.Code);
        Assert.Equal(evidence, place.Evidence);
        Assert.Equal(line, place.Line);

        var venue = Assert.Single(links.Involvements, i => i.Role == InvolvementRole.Venue);
        Assert.Equal(code, venue.Country.Code);
        Assert.Equal(evidence, venue.Evidence);
        Assert.Equal(line, venue.Line);
    }

    [Fact]
    public void Exactly_seven_entries_have_a_place()
    {
        Assert.Equal(7, Entries.Count(e => e.Links.Places.Count > 0));
    }

    [Fact]
    public void Country_names_are_the_domains_short_names()
    {
        var countries = Entries.SelectMany(e => e.Links.Involvements).Select(i => i.Country).Distinct().ToDictionary(c => c.Code);
        Assert.Equal(new Country("VN", "VNM", "Viet Nam"), countries["VN"]);
        Assert.Equal(new Country("KR", "KOR", "Republic of Korea"), countries["KR"]);
        Assert.Equal(new Country("BN", "BRN", "Brunei Darussalam"), countries["BN"]);
        Assert.Equal("country:JP", countries["JP"].Id);
    }

    [Fact]
    public void Thailand_hosts_the_ASEAN_Japan_Cybersecurity_Capacity_Building_Centre()
    {
        var links = Seed.Entry("ASEAN-Japan Cybersecurity Capacity Building Centre").Links;
        var host = Assert.Single(links.Involvements, i => i.Role == InvolvementRole.Host);
        Assert.Equal(("TH", "Hosted in Thailand", 127), (host.Country.Code, host.Evidence, host.Line));
        Assert.Contains(links.Involvements, i => i.Country.Code == "JP" && i.Role == InvolvementRole.Partner);
        Assert.DoesNotContain(links.Involvements, i => i.Country.Code == "TH" && i.Role == InvolvementRole.Partner);
    }

    [Fact]
    public void Viet_Nam_hosts_the_Information_Security_Drill()
    {
        var links = Seed.Entry("ASEAN-Japan Information Security Drill").Links;
        var host = Assert.Single(links.Involvements, i => i.Role == InvolvementRole.Host);
        Assert.Equal(("VN", "Hosted in Vietnam", 131), (host.Country.Code, host.Evidence, host.Line));
        Assert.Equal("VNCERT", Assert.Single(links.Bodies).Body.Name);
    }

    [Fact]
    public void The_Republic_of_Korea_is_a_partner_of_the_Cyber_University_Project()
    {
        var partner = Assert.Single(Seed.Entry("ASEAN Cyber University Project").Links.Involvements);
        Assert.Equal(("KR", InvolvementRole.Partner, "ROK", 140), (partner.Country.Code, partner.Role, partner.Evidence, partner.Line));
    }

    [Fact]
    public void Singapore_is_a_partner_of_the_ASEAN_Singapore_centre()
    {
        var partner = Assert.Single(Seed.Entry("ASEAN-Singapore Cybersecurity Centre of Excellence").Links.Involvements);
        Assert.Equal(("SG", InvolvementRole.Partner, "ASEAN-Singapore"), (partner.Country.Code, partner.Role, partner.Evidence));
    }

    [Fact]
    public void The_INTERPOL_led_operation_links_INTERPOL_but_not_ASEAN_itself()
    {
        var link = Assert.Single(Seed.Entry("INTERPOL-led cybercrime operation across ASEAN").Links.Organizations);
        Assert.Equal("organization:interpol", link.Organization.Id);
        Assert.Equal("INTERPOL", link.Organization.Acronym);
        Assert.Equal("INTERPOL-led", link.Evidence);
        Assert.Equal(143, link.Line);
        Assert.Single(Entries, e => e.Links.Organizations.Count > 0);
    }

    [Fact]
    public void Countries_involved_across_the_seed()
    {
        var involved = Entries.SelectMany(e => e.Links.Involvements).Select(i => $"{i.Country.Code} {i.Role}").Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["BN Venue", "JP Partner", "KR Partner", "KR Venue", "MY Venue", "SG Partner", "SG Venue", "TH Host", "TH Venue", "VN Host", "VN Venue"], involved);
    }

    [Fact]
    public void A_multi_expression_date_line_gives_two_spans_the_second_with_its_note()
    {
        var dates = Seed.Entry("ASEAN-Japan 2nd Cybercrime Dialogue").Entry.Dates;
        Assert.Equal(2, dates.Count);
        Assert.Equal(new DateSpan("1-2 March 2017", "2017-03-01", "2017-03-02", DatePrecision.Day, null), dates[0]);
        Assert.Equal(new DateSpan("27 March 2014 (first dialogue)", "2014-03-27", null, DatePrecision.Day, "first dialogue"), dates[1]);
    }

    [Fact]
    public void A_day_range()
    {
        var date = Assert.Single(Seed.Entry("ASEAN-Japan Information Security Policy Meetings (10th edition), to be renamed to the Japan-ASEAN Cybersecurity Policy Meeting").Entry.Dates);
        Assert.Equal(new DateSpan("10-11 October 2017", "2017-10-10", "2017-10-11", DatePrecision.Day, null), date);
    }

    [Fact]
    public void An_announced_date_gives_the_status_Announced()
    {
        var entry = Seed.Entry("ASEAN Cyber Risk Reduction Workshop").Entry;
        Assert.Equal(new DateSpan("November 2017 (announced)", "2017-11", null, DatePrecision.Month, "announced"), Assert.Single(entry.Dates));
        Assert.Equal(EntryStatus.Announced, entry.Status);
        Assert.Null(entry.Description);
        Assert.Equal(new SourceSpan(SeedName, 73, 74), entry.Source);
    }

    [Fact]
    public void Year_and_day_dates()
    {
        var masterplan = Seed.Entry("ASEAN ICT Masterplan 2020").Entry;
        Assert.Equal(new DateSpan("2015", "2015", null, DatePrecision.Year, null), Assert.Single(masterplan.Dates));
        Assert.Equal(2015, masterplan.Year);
        var statement = Seed.Entry("ASEAN Leaders’ Statement on Cybersecurity Cooperation").Entry;
        Assert.Equal(new DateSpan("27 April 2018", "2018-04-27", null, DatePrecision.Day, null), Assert.Single(statement.Dates));
    }

    [Fact]
    public void Every_entry_has_a_date_line()
    {
        Assert.All(Entries, e => Assert.NotEmpty(e.Entry.Dates));
    }

    [Fact]
    public void The_Masterplan_spans_lines_5_to_18_with_a_numbered_list()
    {
        var entry = Seed.Entry("ASEAN ICT Masterplan 2020");
        Assert.Equal(new SourceSpan(SeedName, 5, 18), entry.Entry.Source);
        Assert.Equal(EntryKind.StrategyDocument, entry.Entry.Kind);
        Assert.Equal("Policy", entry.Entry.Section);
        Assert.Equal("Strategy Documents", entry.Entry.Category);
        Assert.Equal("ASEAN Secretariat", Assert.Single(entry.Links.Bodies).Body.Name);
        Assert.Equal("Eight strategic thrusts, initiatives and action points:", entry.Entry.Description);
        Assert.Equal(
            [
                "Economic Development and Transformation",
                "People Integration and Empowerment through ICT",
                "Innovation",
                "ICT Infrastructure Development",
                "Human Capital Development",
                "ICT in the ASEAN Single Market",
                "New Media and Content",
                "Information Security and Assurance.",
            ],
            entry.Entry.Items);
    }

    [Fact]
    public void Bullet_items_lose_their_markers_and_blank_lines()
    {
        var declaration = Seed.Entry("ASEAN Declaration to Prevent and Combat Cybercrime").Entry;
        Assert.Equal("Outlines measures to prevent and combat cybercrime:", declaration.Description);
        Assert.Equal(
            [
                "Acknowledge the importance of harmonization of laws related to cybercrime and electronic evidence",
                "Encourage ASEAN Member States to explore the feasibility of acceding to existing regional and international instruments in combating cybercrime",
                "Encourage the development of national plans of actions in addressing cybercrimes",
            ],
            declaration.Items);
        Assert.Equal(new SourceSpan(SeedName, 36, 47), declaration.Source);

        var guidelines = Seed.Entry("CIIP Guidelines, 9th ASEAN-Japan Information Security Policy Meeting").Entry;
        Assert.Null(guidelines.Description);
        Assert.Equal(["Acknowledgment of new common guidelines concerning protection of critical information infrastructures", "Revision of the 2015 guidelines"], guidelines.Items);
    }

    [Theory]
    [InlineData("ASEAN ICT Masterplan 2020", 5, 18)]
    [InlineData("Japan-ASEAN Cybersecurity Policy Handbook", 20, 22)]
    [InlineData("Creation of National Security Operations Centres (SOC)", 58, 65)]
    [InlineData("ASEAN Cyber Norms Workshop", 78, 84)]
    [InlineData("Cyber Incident Response Workshop", 106, 113)]
    [InlineData("Japan's International Campaign for Information Security", 146, 148)]
    public void Source_line_ranges(string title, int first, int last)
    {
        Assert.Equal(new SourceSpan(SeedName, first, last), Seed.Entry(title).Entry.Source);
    }

    [Fact]
    public void Entry_ids_are_profile_key_and_title_slug()
    {
        Assert.Equal("entry:asean:asean-ict-masterplan-2020", Seed.Entry("ASEAN ICT Masterplan 2020").Entry.Id);
        Assert.Equal("entry:asean:japans-international-campaign-for-information-security", Seed.Entry("Japan's International Campaign for Information Security").Entry.Id);
        Assert.Equal(27, Entries.Select(e => e.Entry.Id).Distinct().Count());
        Assert.All(Entries, e => Assert.Equal("profile:asean", e.Entry.ProfileId));
    }

    [Fact]
    public void Every_entry_has_a_theme_but_the_one_whose_text_names_none()
    {
        // The Experts' Working Group offers to "exchange expertise and knowledge": no specific term of any theme.
        Assert.Equal(
            ["Experts' Working Group on Cyber Security"],
            Entries.Where(e => e.Links.Themes.Count == 0).Select(e => e.Entry.Title));
    }

    [Fact]
    public void No_theme_rests_on_one_generic_word()
    {
        Assert.All(Entries.SelectMany(e => e.Links.Themes), t => Assert.True(!t.Weak || t.Terms.Count >= 2, $"{t.Theme.Name}: {string.Join(", ", t.Terms)}"));
        Assert.DoesNotContain(Seed.Entry("Seminar on Confidence Building Measures in Cyberspace").Links.Themes, t => t.Theme.Name == "Threat Intelligence");
        Assert.DoesNotContain(Seed.Entry("ASEAN-Japan 2nd Cybercrime Dialogue").Links.Themes, t => t.Theme.Name == "Legal Frameworks");
        var weak = Assert.Single(Entries.SelectMany(e => e.Links.Themes), t => t.Weak);
        Assert.Equal(("Digital Economy and ICT Development", 0.66), (weak.Theme.Name, weak.Confidence));
    }

    [Theory]
    [InlineData("ASEAN Declaration to Prevent and Combat Cybercrime", "Cybercrime", "Cybercrime", 36)]
    [InlineData("ASEAN Declaration to Prevent and Combat Cybercrime", "Legal Frameworks", "harmonization of laws", 41)]
    [InlineData("Framework on Personal Data Protection", "Data Protection", "Personal Data", 23)]
    [InlineData("CIIP Guidelines, 9th ASEAN-Japan Information Security Policy Meeting", "Critical Information Infrastructure", "CIIP", 27)]
    [InlineData("Seminar on Confidence Building Measures in Cyberspace", "Confidence-Building Measures", "Confidence Building Measures", 98)]
    [InlineData("ASEAN Cyber Norms Workshop", "Norms of Responsible State Behaviour", "Cyber Norms", 78)]
    [InlineData("ASEAN CERT Incident Drill (ACID), 12th edition", "Incident Response", "CERT", 133)]
    [InlineData("ASEAN Cyber Capacity Programme (ACCP)", "Capacity Building", "Cyber Capacity", 136)]
    [InlineData("Japan's International Campaign for Information Security", "Awareness Raising", "Campaign", 146)]
    [InlineData("INTERPOL-led cybercrime operation across ASEAN", "Cybercrime", "cybercrime", 143)]
    [InlineData("INTERPOL-led cybercrime operation across ASEAN", "Threat Intelligence", "Command and Control", 144)]
    [InlineData("Creation of National Security Operations Centres (SOC)", "Information Sharing", "exchange of information", 63)]
    [InlineData("ASEAN ICT Masterplan 2020", "Digital Economy and ICT Development", "ICT", 5)]
    public void Themes_keep_the_term_as_printed_and_its_line(string title, string theme, string term, int line)
    {
        var link = Assert.Single(Seed.Entry(title).Links.Themes, t => t.Theme.Name == theme);
        Assert.Equal(term, link.Terms[0]);
        Assert.Equal(line, link.Line);
        Assert.Equal(NodeIds.Theme(theme), link.Theme.Id);
    }

    [Fact]
    public void One_theme_link_per_theme_per_entry()
    {
        Assert.All(Entries, e => Assert.Equal(e.Links.Themes.Count, e.Links.Themes.Select(t => t.Theme.Id).Distinct().Count()));
    }

    [Fact]
    public void The_seed_imports_without_warnings()
    {
        Assert.Empty(Seed.Warnings);
    }

    [Fact]
    public void Windows_line_endings_a_BOM_and_trailing_spaces_change_nothing()
    {
        var messy = "\uFEFF" + SeedText.Replace("\n", "  \r\n", StringComparison.Ordinal);
        var document = Importer.Import(messy, SeedName);
        Assert.Equal(Seed.Profile with { Members = [] }, document.Profile with { Members = [] });
        Assert.Equal(Seed.Warnings, document.Warnings);
        Assert.Equal(Seed.Entries.Count, document.Entries.Count);
        for (var i = 0; i < Seed.Entries.Count; i++)
        {
            var expected = Seed.Entries[i];
            var actual = document.Entries[i];
            Assert.Equal(expected.Entry with { Items = [], Dates = [] }, actual.Entry with { Items = [], Dates = [] });
            Assert.Equal(expected.Entry.Items, actual.Entry.Items);
            Assert.Equal(expected.Entry.Dates, actual.Entry.Dates);
            Assert.Equal(expected.Links.Involvements, actual.Links.Involvements);
            Assert.Equal(expected.Links.Places, actual.Links.Places);
            Assert.Equal(expected.Links.Themes, actual.Links.Themes);
            Assert.Equal(expected.Links.Bodies, actual.Links.Bodies);
        }
    }

    [Fact]
    public void Importing_twice_gives_equal_results()
    {
        var again = Importer.Import(SeedText, SeedName);
        Assert.Equal(Seed.Entries.Select(e => e.Entry.Id), again.Entries.Select(e => e.Entry.Id));
        Assert.Equal(Seed.Entries.SelectMany(e => e.Links.Involvements), again.Entries.SelectMany(e => e.Links.Involvements));
    }
}
