using System.Globalization;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Import;

/// <summary>Countries (ISO 3166-1 via .NET's RegionInfo plus aliases), places, themes and organizations the importer links to.</summary>
public sealed class ReferenceData
{
    private const string ResourcePrefix = "AseanCyber.Graph.Data.";

    private static readonly Lazy<ReferenceData> DefaultInstance = new(LoadEmbedded);

    private readonly Dictionary<string, Country> countriesByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CountryName> countriesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> placesByName = new(StringComparer.Ordinal);

    private ReferenceData(CountriesFile countries, IReadOnlyList<PlaceDefinition> places, IReadOnlyList<ThemeDefinition> themes, IReadOnlyList<OrganizationDefinition> organizations)
    {
        Countries = BuildCountries(countries);
        Places = BuildPlaces(places);
        Themes = BuildThemes(themes);
        Organizations = BuildOrganizations(organizations);
    }

    /// <summary>The data files embedded from Data/ (countries.json, places.json, themes.json, organizations.json).</summary>
    public static ReferenceData Default => DefaultInstance.Value;

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<Place> Places { get; }

    public IReadOnlyList<Theme> Themes { get; }

    public IReadOnlyList<Organization> Organizations { get; }

    internal PhraseMatcher<CountryName> CountryNames { get; } = new();

    internal PhraseMatcher<Place> PlaceNames { get; } = new();

    internal PhraseMatcher<Theme> ThemeTerms { get; } = new();

    internal PhraseMatcher<Organization> OrganizationNames { get; } = new();

    /// <summary>Reference data from the contents of the four data files, for tests and for analysts trying out an extended taxonomy.</summary>
    public static ReferenceData FromJson(string countriesJson, string placesJson, string themesJson, string organizationsJson) =>
        new(
            ReferenceDataFiles.Parse<CountriesFile>(countriesJson, "countries.json"),
            ReferenceDataFiles.Parse<List<PlaceDefinition>>(placesJson, "places.json"),
            ReferenceDataFiles.Parse<List<ThemeDefinition>>(themesJson, "themes.json"),
            ReferenceDataFiles.Parse<List<OrganizationDefinition>>(organizationsJson, "organizations.json"));

    /// <summary>A country by ISO alpha-2 or alpha-3 code, or by its exact name or an alias (case-insensitive); null when unknown or ambiguous ("Korea").</summary>
    public Country? FindCountry(string nameOrCode)
    {
        var text = nameOrCode.Trim();
        if (text.Length is 2 or 3 && text.All(char.IsAsciiLetterUpper) && countriesByCode.TryGetValue(text, out var byCode))
        {
            return byCode;
        }

        return countriesByName.TryGetValue(Key(text), out var name) ? name.Country : null;
    }

    /// <summary>A city of the gazetteer by its name or an alias (case-insensitive).</summary>
    public Place? FindPlace(string name) => placesByName.GetValueOrDefault(Key(name));

    internal CountryName? FindCountryName(string name) => countriesByName.GetValueOrDefault(Key(name));

    private static ReferenceData LoadEmbedded()
    {
        var assembly = typeof(ReferenceData).Assembly;
        string Read(string file) => BundledProfiles.ReadResource(assembly, ResourcePrefix + file);
        return FromJson(Read("countries.json"), Read("places.json"), Read("themes.json"), Read("organizations.json"));
    }

    private List<Country> BuildCountries(CountriesFile file)
    {
        var excluded = new HashSet<string>(file.Excluded ?? [], StringComparer.OrdinalIgnoreCase);
        var regions = new SortedDictionary<string, RegionInfo>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var code = region.TwoLetterISORegionName;
            if (code.Length == 2 && code.All(char.IsAsciiLetterUpper) && !excluded.Contains(code))
            {
                regions.TryAdd(code, region);
            }
        }

        var overrides = new Dictionary<string, CountryOverride>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in file.Overrides ?? [])
        {
            if (!regions.ContainsKey(o.Code))
            {
                throw new InvalidDataException($"countries.json: override for '{o.Code}', which is not an ISO 3166-1 code known to RegionInfo.");
            }

            if (!overrides.TryAdd(o.Code, o))
            {
                throw new InvalidDataException($"countries.json: two overrides for '{o.Code}'.");
            }
        }

        var countries = new List<Country>(regions.Count);
        foreach (var (code, region) in regions)
        {
            var baseName = region.EnglishName;
            overrides.TryGetValue(code, out var o);
            var country = new Country(code, region.ThreeLetterISORegionName, o?.Name ?? Readable(baseName));
            countries.Add(country);
            countriesByCode[code] = country;
            countriesByCode[country.Code3] = country;

            IEnumerable<string> names = [country.Name, baseName, .. Spellings(baseName), .. o?.Aliases ?? []];
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                AddCountryName(name, new CountryName(country, []));
            }
        }

        foreach (var ambiguous in file.Ambiguous ?? [])
        {
            var candidates = ambiguous.Codes
                .Select(c => countriesByCode.GetValueOrDefault(c) ?? throw new InvalidDataException($"countries.json: ambiguous name '{ambiguous.Name}' lists unknown code '{c}'."))
                .ToList();
            AddCountryName(ambiguous.Name, new CountryName(null, candidates));
        }

        foreach (var phrase in file.NotCountries ?? [])
        {
            CountryNames.Add(phrase, CountryName.NotACountry, PhraseMode.Name);
        }

        return countries;
    }

    private void AddCountryName(string name, CountryName value)
    {
        var key = Key(name);
        if (countriesByName.TryGetValue(key, out var existing))
        {
            if (existing.Country is not null && existing.Country == value.Country)
            {
                return;
            }

            throw new InvalidDataException($"countries.json: the name '{name}' is claimed by two countries ({existing.Describe()} and {value.Describe()}); list it under 'ambiguous' instead.");
        }

        countriesByName[key] = value;
        CountryNames.Add(name, value, ModeOf(name));
    }

    private List<Place> BuildPlaces(IReadOnlyList<PlaceDefinition> definitions)
    {
        var places = new List<Place>(definitions.Count);
        foreach (var d in definitions)
        {
            var country = countriesByCode.GetValueOrDefault(d.Country)
                ?? throw new InvalidDataException($"places.json: '{d.Name}' has unknown country code '{d.Country}'.");
            var place = new Place(NodeIds.Place(d.Name), d.Name, country);
            places.Add(place);
            foreach (var name in (IEnumerable<string>)[d.Name, .. d.Aliases ?? []])
            {
                if (!placesByName.TryAdd(Key(name), place))
                {
                    throw new InvalidDataException($"places.json: the name '{name}' is listed twice.");
                }

                PlaceNames.Add(name, place, ModeOf(name));
            }
        }

        return places;
    }

    private List<Theme> BuildThemes(IReadOnlyList<ThemeDefinition> definitions)
    {
        var themes = new List<Theme>(definitions.Count);
        foreach (var d in definitions)
        {
            if (d.Terms is not { Count: > 0 })
            {
                throw new InvalidDataException($"themes.json: theme '{d.Name}' has no terms.");
            }

            var theme = new Theme(NodeIds.Theme(d.Name), d.Name);
            if (themes.Exists(t => t.Id == theme.Id))
            {
                throw new InvalidDataException($"themes.json: theme '{d.Name}' is listed twice.");
            }

            themes.Add(theme);
            foreach (var term in d.Terms)
            {
                ThemeTerms.Add(term, theme, PhraseMode.Term);
            }
        }

        return themes;
    }

    private List<Organization> BuildOrganizations(IReadOnlyList<OrganizationDefinition> definitions)
    {
        var organizations = new List<Organization>(definitions.Count);
        foreach (var d in definitions)
        {
            var organization = new Organization(NodeIds.Organization(d.Acronym ?? d.Name), d.Name, d.Acronym);
            if (organizations.Exists(o => o.Id == organization.Id))
            {
                throw new InvalidDataException($"organizations.json: '{d.Acronym ?? d.Name}' is listed twice.");
            }

            organizations.Add(organization);
            OrganizationNames.Add(d.Name, organization, ModeOf(d.Name));
            if (d.Acronym is { } acronym)
            {
                OrganizationNames.Add(acronym, organization, PhraseMode.Exact);
            }

            foreach (var alias in d.Aliases ?? [])
            {
                OrganizationNames.Add(alias, organization, ModeOf(alias));
            }
        }

        return organizations;
    }

    /// <summary>ICU's "Bosnia &amp; Herzegovina", "St. Lucia" read as "Bosnia and Herzegovina", "Saint Lucia" in display.</summary>
    private static string Readable(string icuName) =>
        icuName.Replace(" & ", " and ", StringComparison.Ordinal).Replace("St. ", "Saint ", StringComparison.Ordinal);

    /// <summary>The ways texts write an ICU name with "&amp;" or "St.": "St. Kitts and Nevis", "Saint Kitts and Nevis", ...</summary>
    private static IEnumerable<string> Spellings(string icuName)
    {
        var and = icuName.Replace(" & ", " and ", StringComparison.Ordinal);
        return [and, icuName.Replace("St. ", "Saint ", StringComparison.Ordinal), and.Replace("St. ", "Saint ", StringComparison.Ordinal)];
    }

    /// <summary>Short names written without lower-case letters ("ROK", "U.S.") are abbreviations: they must match case-sensitively.</summary>
    private static PhraseMode ModeOf(string name) =>
        name.Length <= 6 && !name.Any(char.IsLower) ? PhraseMode.Exact : PhraseMode.Name;

    internal static string Key(string name)
    {
        var chars = name.Trim().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '’' or '‘' or '`' => '\'',
                '-' or '‐' or '–' or '—' => ' ',
                var c => char.ToLowerInvariant(c),
            };
        }

        return new string(chars);
    }
}

/// <summary>What a country name in a text stands for: one country, several (ambiguous, "Korea"), or none ("New Jersey").</summary>
internal sealed record CountryName(Country? Country, IReadOnlyList<Country> Candidates)
{
    public static readonly CountryName NotACountry = new(null, []);

    public bool IsAmbiguous => Country is null && Candidates.Count > 1;

    public string Describe() => Country?.Code ?? string.Join('/', Candidates.Select(c => c.Code));
}
