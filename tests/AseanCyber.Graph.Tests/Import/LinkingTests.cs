using AseanCyber.Graph.Model;
using static AseanCyber.Graph.Tests.Import.ImportTestData;

namespace AseanCyber.Graph.Tests.Import;

/// <summary>How the text of an entry links to countries, places and organizations, on small inline pages.</summary>
public sealed class LinkingTests
{
    private static EntryLinks Links(params string[] lines) => Assert.Single(ImportActivities(lines).Entries).Links;

    private static string[] Involvements(EntryLinks links) =>
        [.. links.Involvements.Select(i => $"{i.Country.Code} {i.Role} '{i.Evidence}' @{i.Line}")];

    [Fact]
    public void Two_letter_codes_in_prose_are_not_countries()
    {
        var links = Links("Workshop on Incident Response", "Participants from IN and ID shared TTPs; CA certificates were reviewed.", "2019");
        Assert.Empty(links.Involvements);
    }

    [Fact]
    public void Short_all_caps_aliases_match_case_sensitively()
    {
        Assert.Equal(["KR Partner 'ROK' @6"], Involvements(Links("Cyber Dialogue", "Talks between ROK and ASEAN, not with rok or Rok.", "2019")));
    }

    [Fact]
    public void Names_must_be_capitalised_in_the_text()
    {
        Assert.Empty(Links("Workshop on Food Security", "No turkey, chad or japan here.", "2019").Involvements);
        Assert.Equal(["TR Partner 'Turkey' @6"], Involvements(Links("Workshop on Food Security", "With Turkey.", "2019")));
    }

    [Fact]
    public void Possessives_and_hyphenated_compounds_keep_the_whole_word_as_evidence()
    {
        var links = Links("US-China Dialogue", "Japan's support and the EU-Viet Nam agreement.", "2019");
        Assert.Equal(
            ["US Partner 'US-China' @5", "CN Partner 'US-China' @5", "JP Partner 'Japan's' @6", "VN Partner 'EU-Viet Nam' @6"],
            Involvements(links));
        Assert.Equal("EU-Viet", Assert.Single(links.Organizations).Evidence);
    }

    [Fact]
    public void Host_and_venue_phrases()
    {
        var links = Links(
            "Regional Drill",
            "Malaysia hosted the drill, held in Bangkok; a follow-up took place in Viet Nam and was hosted by Singapore.",
            "2019");
        Assert.Equal(
            [
                "MY Host 'Malaysia hosted' @6",
                "TH Venue 'held in Bangkok' @6",
                "VN Venue 'took place in Viet Nam' @6",
                "SG Host 'hosted by Singapore' @6",
            ],
            Involvements(links));
        Assert.Equal(["Bangkok"], links.Places.Select(p => p.Place.Name));
    }

    [Fact]
    public void One_involvement_per_country_and_role_first_evidence_wins()
    {
        var links = Links("ASEAN-Japan Workshop", "Japan and ASEAN-Japan again; hosted in Japan.", "• Japan's team", "2019");
        Assert.Equal(["JP Partner 'ASEAN-Japan' @5", "JP Host 'hosted in Japan' @6"], Involvements(links));
    }

    [Fact]
    public void A_city_mentioned_in_passing_is_not_a_place()
    {
        var links = Links("Budapest Convention Workshop", "Promotes the Budapest Convention and the Paris Call.", "2019");
        Assert.Empty(links.Places);
        Assert.Empty(links.Involvements);
        Assert.Empty(links.Organizations);
    }

    [Fact]
    public void Member_states_as_a_group_add_nothing()
    {
        Assert.Empty(Links("Ministerial Meeting", "Attended by all 10 ASEAN Member States and the ASEAN member states' CERTs.", "2019").Involvements);
    }

    [Fact]
    public void Korea_alone_warns_but_Republic_of_Korea_and_DPR_Korea_resolve()
    {
        var document = ImportActivities("Korea Workshop", "With the Republic of Korea and DPR Korea, and North Korea.", "2019");
        Assert.Equal(["KR Partner 'Republic of Korea' @6", "KP Partner 'DPR Korea' @6"], Involvements(document.Entries[0].Links));
        var warning = Assert.Single(document.Warnings);
        Assert.Equal(5, warning.Line);
        Assert.StartsWith("'Korea' is ambiguous", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Organizations_by_name_acronym_and_alias()
    {
        var links = Links(
            "Capacity Building with the United Nations Office on Drugs and Crime",
            "Together with the Council of Europe, the ITU and the World Bank; not the United Nations itself.",
            "2019");
        Assert.Equal(
            ["organization:unodc", "organization:coe", "organization:itu", "organization:world-bank", "organization:un"],
            links.Organizations.Select(o => o.Organization.Id));
    }

    [Fact]
    public void Acronyms_that_are_words_do_not_match_in_all_caps_text()
    {
        Assert.Empty(Links("FIRST REGIONAL MEETING", "2019").Organizations);
        Assert.Equal(["organization:first"], Links("Annual FIRST Conference", "2019").Organizations.Select(o => o.Organization.Id));
    }

    [Fact]
    public void Themes_match_plurals_and_hyphen_variants_case_insensitively()
    {
        var themes = Links("Cyber Drills", "Capacity-building for CERTS and cyber-crimes units.", "2019").Themes;
        Assert.Equal(
            [("Incident Response", "Cyber Drills, CERTS"), ("Capacity Building", "Capacity-building"), ("Cybercrime", "cyber-crimes")],
            themes.Select(t => (t.Theme.Name, string.Join(", ", t.Terms))));
    }

    [Theory]
    [InlineData("Regional Drill", "Participants faced new threats.")]
    [InlineData("Innovation Summit", "Strategy for the coming years.")]
    [InlineData("Annual Exercise", "An exercise and more exercises.")]
    public void One_generic_word_per_theme_links_no_theme(string title, string description)
    {
        Assert.Empty(Links(title, description, "2019").Themes);
    }

    [Fact]
    public void Two_distinct_generic_terms_make_a_weak_link_and_a_specific_term_a_strong_one()
    {
        var weak = Assert.Single(Links("Annual Drill", "An incident exercise for partners.", "2019").Themes);
        var domain = Assert.Single(Links("Cybercrime Meeting", "2019").Themes);
        var phrase = Assert.Single(Links("Meeting on capacity building", "2019").Themes);
        var both = Assert.Single(Links("Workshop on law enforcement and electronic evidence", "Cybercrime in the region.", "2019").Themes);

        Assert.Equal(("Incident Response", "Drill, incident, exercise", 0.66, true), (weak.Theme.Name, string.Join(", ", weak.Terms), weak.Confidence, weak.Weak));
        Assert.Equal(("Cybercrime", 0.7, false), (domain.Theme.Name, domain.Confidence, domain.Weak));
        Assert.Equal(("Capacity Building", 0.8, false), (phrase.Theme.Name, phrase.Confidence, phrase.Weak));
        Assert.Equal(["law enforcement", "electronic evidence", "Cybercrime"], both.Terms);
        Assert.Equal((0.99, false), (both.Confidence, both.Weak));
    }

    [Fact]
    public void A_term_counts_once_and_not_inside_a_longer_term_of_its_theme()
    {
        // "threats" and "threat" are one term; "threat" inside "threat intelligence" is that term's, not another one.
        var once = Links("Threats Briefing", "More threats and a threat.", "2019").Themes;
        var inside = Assert.Single(Links("Threat Intelligence Exchange", "2019").Themes);

        Assert.Empty(once);
        Assert.Equal(["Threat Intelligence"], inside.Terms);
        Assert.Equal(0.8, inside.Confidence);
    }

    [Fact]
    public void No_theme_is_forced_where_the_text_has_none()
    {
        Assert.Empty(Links("Annual Gathering", "A meeting of friends.", "2019").Themes);
    }
}
