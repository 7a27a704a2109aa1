using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Tests.Import;

public sealed class ReferenceDataTests
{
    private static ReferenceData Data => ReferenceData.Default;

    [Fact]
    public void Countries_come_from_RegionInfo_with_two_letter_codes_only()
    {
        Assert.True(Data.Countries.Count > 240, $"only {Data.Countries.Count} countries");
        Assert.All(Data.Countries, c =>
        {
            Assert.Matches("^[A-Z]{2}$", c.Code);
            Assert.Matches("^[A-Z]{3}$", c.Code3);
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
        });
        Assert.Equal(Data.Countries.Count, Data.Countries.Select(c => c.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("DG")]
    [InlineData("EA")]
    [InlineData("IC")]
    [InlineData("XK")]
    public void Codes_that_are_not_ISO_3166_1_countries_are_left_out(string code)
    {
        Assert.DoesNotContain(Data.Countries, c => c.Code == code);
    }

    [Theory]
    [InlineData("BN", "BRN", "Brunei Darussalam")]
    [InlineData("KH", "KHM", "Cambodia")]
    [InlineData("ID", "IDN", "Indonesia")]
    [InlineData("LA", "LAO", "Lao PDR")]
    [InlineData("MY", "MYS", "Malaysia")]
    [InlineData("MM", "MMR", "Myanmar")]
    [InlineData("PH", "PHL", "Philippines")]
    [InlineData("SG", "SGP", "Singapore")]
    [InlineData("TH", "THA", "Thailand")]
    [InlineData("VN", "VNM", "Viet Nam")]
    [InlineData("TL", "TLS", "Timor-Leste")]
    [InlineData("KR", "KOR", "Republic of Korea")]
    [InlineData("KP", "PRK", "Democratic People's Republic of Korea")]
    [InlineData("RU", "RUS", "Russian Federation")]
    [InlineData("US", "USA", "United States")]
    [InlineData("GB", "GBR", "United Kingdom")]
    [InlineData("BA", "BIH", "Bosnia and Herzegovina")]
    [InlineData("LC", "LCA", "Saint Lucia")]
    public void Display_names_are_the_domains_short_names(string code, string code3, string name)
    {
        Assert.Equal(new Country(code, code3, name), Data.FindCountry(code));
    }

    [Theory]
    [InlineData("ROK", "KR")]
    [InlineData("South Korea", "KR")]
    [InlineData("Republic of Korea", "KR")]
    [InlineData("Vietnam", "VN")]
    [InlineData("Viet Nam", "VN")]
    [InlineData("Brunei", "BN")]
    [InlineData("Lao PDR", "LA")]
    [InlineData("Laos", "LA")]
    [InlineData("Lao People's Democratic Republic", "LA")]
    [InlineData("Lao People’s Democratic Republic", "LA")]
    [InlineData("Burma", "MM")]
    [InlineData("Myanmar (Burma)", "MM")]
    [InlineData("USA", "US")]
    [InlineData("United States of America", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("UK", "GB")]
    [InlineData("Britain", "GB")]
    [InlineData("DPRK", "KP")]
    [InlineData("North Korea", "KP")]
    [InlineData("PRC", "CN")]
    [InlineData("Russia", "RU")]
    [InlineData("Timor Leste", "TL")]
    [InlineData("St. Kitts and Nevis", "KN")]
    [InlineData("japan", "JP")]
    [InlineData("KOR", "KR")]
    [InlineData("VN", "VN")]
    public void Aliases_and_codes_resolve(string name, string code)
    {
        Assert.Equal(code, Data.FindCountry(name)?.Code);
    }

    [Theory]
    [InlineData("Korea")]
    [InlineData("Atlantis")]
    [InlineData("vn")]
    [InlineData("New Jersey")]
    public void Ambiguous_and_unknown_names_resolve_to_nothing(string name)
    {
        Assert.Null(Data.FindCountry(name));
    }

    [Theory]
    [InlineData("Kuala Lumpur", "MY")]
    [InlineData("Bangkok", "TH")]
    [InlineData("Seoul", "KR")]
    [InlineData("Hanoi", "VN")]
    [InlineData("Ho Chi Minh City", "VN")]
    [InlineData("Hoi An", "VN")]
    [InlineData("Hoi An City", "VN")]
    [InlineData("Bandar Seri Begawan", "BN")]
    [InlineData("Singapore", "SG")]
    [InlineData("Jakarta", "ID")]
    [InlineData("Manila", "PH")]
    [InlineData("Phnom Penh", "KH")]
    [InlineData("Vientiane", "LA")]
    [InlineData("Naypyidaw", "MM")]
    [InlineData("Yangon", "MM")]
    [InlineData("Tokyo", "JP")]
    [InlineData("Beijing", "CN")]
    [InlineData("New Delhi", "IN")]
    [InlineData("Canberra", "AU")]
    [InlineData("Sydney", "AU")]
    [InlineData("Wellington", "NZ")]
    [InlineData("Washington", "US")]
    [InlineData("Ottawa", "CA")]
    [InlineData("Moscow", "RU")]
    [InlineData("London", "GB")]
    [InlineData("Brussels", "BE")]
    [InlineData("Geneva", "CH")]
    [InlineData("New York", "US")]
    [InlineData("Da Nang", "VN")]
    [InlineData("Nusa Dua", "ID")]
    [InlineData("Bali", "ID")]
    [InlineData("Siem Reap", "KH")]
    [InlineData("Cebu", "PH")]
    [InlineData("Putrajaya", "MY")]
    [InlineData("Dili", "TL")]
    [InlineData("Busan", "KR")]
    [InlineData("Osaka", "JP")]
    public void The_gazetteer_knows_the_cities_and_their_countries(string city, string code)
    {
        var place = Data.FindPlace(city);
        Assert.NotNull(place);
        Assert.Equal(code, place.Country?.Code);
        Assert.Equal(NodeIds.Place(place.Name), place.Id);
    }

    [Fact]
    public void Hoi_An_City_is_an_alias_of_Hoi_An()
    {
        Assert.Equal("Hoi An", Data.FindPlace("Hoi An City")?.Name);
    }

    [Fact]
    public void The_theme_taxonomy_covers_the_domain()
    {
        Assert.InRange(Data.Themes.Count, 12, 18);
        foreach (var name in new[]
        {
            "Cybercrime", "Critical Information Infrastructure", "Capacity Building", "Confidence-Building Measures",
            "Norms of Responsible State Behaviour", "Incident Response", "Data Protection", "Information Sharing",
            "Awareness Raising", "Legal Frameworks", "Digital Economy and ICT Development", "Threat Intelligence", "Cyber Defence",
        })
        {
            Assert.Contains(Data.Themes, t => t.Name == name && t.Id == NodeIds.Theme(name));
        }
    }

    [Theory]
    [InlineData("INTERPOL", "organization:interpol")]
    [InlineData("UN", "organization:un")]
    [InlineData("ITU", "organization:itu")]
    [InlineData("EU", "organization:eu")]
    [InlineData("CoE", "organization:coe")]
    [InlineData("OSCE", "organization:osce")]
    [InlineData("OAS", "organization:oas")]
    [InlineData("AU", "organization:au")]
    [InlineData("NATO", "organization:nato")]
    [InlineData("SCO", "organization:sco")]
    [InlineData("APEC", "organization:apec")]
    [InlineData("GFCE", "organization:gfce")]
    [InlineData("FIRST", "organization:first")]
    [InlineData("APCERT", "organization:apcert")]
    [InlineData("UNODC", "organization:unodc")]
    [InlineData("OECD", "organization:oecd")]
    public void Organizations_by_acronym(string acronym, string id)
    {
        Assert.Equal(id, Assert.Single(Data.Organizations, o => o.Acronym == acronym).Id);
    }

    [Fact]
    public void Organizations_without_acronym_take_their_name_as_id()
    {
        Assert.Equal("organization:world-bank", Assert.Single(Data.Organizations, o => o.Name == "World Bank").Id);
    }

    [Fact]
    public void The_data_files_are_embedded_resources()
    {
        var names = typeof(ReferenceData).Assembly.GetManifestResourceNames();
        foreach (var file in new[] { "countries.json", "places.json", "themes.json", "organizations.json" })
        {
            Assert.Contains($"AseanCyber.Graph.Data.{file}", names);
        }
    }

    [Fact]
    public void Bad_data_files_fail_loudly()
    {
        const string countries = """{ "overrides": [] }""";
        const string themes = """{ "themes": [{ "name": "Cybercrime", "domainTerms": ["cybercrime"] }] }""";
        var unknownCode = Assert.Throws<InvalidDataException>(() => ReferenceData.FromJson(countries, """[{ "name": "Atlantis", "country": "QQ" }]""", themes, "[]"));
        Assert.Contains("QQ", unknownCode.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => ReferenceData.FromJson("""{ "overrides": [{ "code": "JP", "aliases": ["Thailand"] }] }""", "[]", themes, "[]"));
        Assert.Throws<InvalidDataException>(() => ReferenceData.FromJson(countries, "[]", """{ "themes": [{ "name": "Empty", "terms": [] }] }""", "[]"));
        Assert.Throws<InvalidDataException>(() => ReferenceData.FromJson("{", "[]", themes, "[]"));
    }

    [Theory]
    [InlineData("""{ "themes": [{ "name": "Cybercrime", "terms": ["cybercrime"] }] }""", "'cybercrime' in theme 'Cybercrime' is one word")]
    [InlineData("""{ "themes": [{ "name": "Cybercrime", "domainTerms": ["cyber crime"] }] }""", "'cyber crime' in theme 'Cybercrime' has several words")]
    [InlineData("""{ "themes": [{ "name": "Cybercrime", "domainTerms": ["cybercrime"], "genericTerms": ["Cybercrimes"] }] }""", "'Cybercrimes' is listed twice")]
    [InlineData("""{ "themes": [{ "name": "Cybercrime", "gci": ["Legal measures"], "domainTerms": ["cybercrime"] }] }""", "GCI pillar 'Legal measures'")]
    [InlineData("""{ "themes": [{ "name": "Cybercrime", "unGge": ["13(l)"], "domainTerms": ["cybercrime"] }] }""", "UN GGE norm '13(l)'")]
    [InlineData("""[{ "name": "Cybercrime", "terms": ["cyber crime"] }]""", "themes.json")]
    public void A_theme_term_must_say_whether_it_is_specific(string themes, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => ReferenceData.FromJson("""{ "overrides": [] }""", "[]", themes, "[]"));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_theme_is_mapped_to_the_GCI_or_says_why_not_and_every_single_word_is_classified()
    {
        using var json = System.Text.Json.JsonDocument.Parse(ReadDataFile("themes.json"));
        var root = json.RootElement;
        Assert.Contains("Global Cybersecurity Index", root.GetProperty("frameworks").GetProperty("gci").GetString(), StringComparison.Ordinal);
        Assert.Contains("A/70/174", root.GetProperty("frameworks").GetProperty("unGge").GetString(), StringComparison.Ordinal);
        foreach (var theme in root.GetProperty("themes").EnumerateArray())
        {
            var name = theme.GetProperty("name").GetString();
            var why = theme.GetProperty("why").GetString() ?? "";
            if (theme.GetProperty("gci").GetArrayLength() == 0)
            {
                Assert.True(why.Contains("GCI", StringComparison.Ordinal), $"{name} has no GCI pillar and does not say why");
            }

            Assert.All(theme.GetProperty("terms").EnumerateArray(), t => Assert.Matches("[ -]", t.GetString()!));
        }
    }

    [Fact]
    public void An_extended_taxonomy_is_picked_up_by_the_importer()
    {
        var data = ReferenceData.FromJson(
            """{ "overrides": [] }""", "[]", """{ "themes": [{ "name": "Quantum", "terms": ["post-quantum cryptography"] }] }""", "[]");
        var document = new ProfileImporter(data).Import("ASEAN\nLast Updated: May 2020\nPolicy\nPost-Quantum Cryptography Roadmap\n2020", "q.txt");
        var theme = Assert.Single(Assert.Single(document.Entries).Links.Themes);
        Assert.Equal(("theme:quantum", "Post-Quantum Cryptography", 0.8, false, 4), (theme.Theme.Id, theme.Terms.Single(), theme.Confidence, theme.Weak, theme.Line));
    }

    private static string ReadDataFile(string name)
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream($"AseanCyber.Graph.Data.{name}")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
