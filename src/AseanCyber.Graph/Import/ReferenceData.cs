using System.Globalization;
using System.Text.RegularExpressions;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Import;

/// <summary>Countries (ISO 3166-1 via .NET's RegionInfo plus aliases), places, themes and organizations the importer links to.</summary>
public sealed partial class ReferenceData
{
    private const string ResourcePrefix = "AseanCyber.Graph.Data.";

    private static readonly Lazy<ReferenceData> DefaultInstance = new(LoadEmbedded);

    private readonly Dictionary<string, Country> _countriesByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CountryName> _countriesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _placesByName = new(StringComparer.Ordinal);
    /// <summary>A city named after a bare "in" must be a capital, an administrative seat or this large: "in Mobile Networks" is no place.</summary>
    private const long MajorCityPopulation = 250_000;

    private readonly Dictionary<string, List<(Place Place, long Population)>> _cities = new(StringComparer.Ordinal);
    private readonly HashSet<Place> _capitals = [];
    private readonly Dictionary<string, MembershipDefinition> _memberships = new(StringComparer.OrdinalIgnoreCase);

    private ReferenceData(CountriesFile countries, IReadOnlyList<PlaceDefinition> places, ThemesFile themes, IReadOnlyList<OrganizationDefinition> organizations)
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

    internal PhraseMatcher<ThemeTerm> ThemeTerms { get; } = new();

    internal PhraseMatcher<Organization> OrganizationNames { get; } = new();

    /// <summary>Reference data from the contents of the four data files, for tests and for analysts trying out an extended taxonomy.</summary>
    public static ReferenceData FromJson(string countriesJson, string placesJson, string themesJson, string organizationsJson, string? membershipsJson = null, string? citiesTsv = null)
    {
        var data = new ReferenceData(
            ReferenceDataFiles.Parse<CountriesFile>(countriesJson, "countries.json"),
            ReferenceDataFiles.Parse<List<PlaceDefinition>>(placesJson, "places.json"),
            ReferenceDataFiles.Parse<ThemesFile>(themesJson, "themes.json"),
            ReferenceDataFiles.Parse<List<OrganizationDefinition>>(organizationsJson, "organizations.json"));
        if (membershipsJson is not null)
        {
            data.AddMemberships(ReferenceDataFiles.Parse<MembershipsFile>(membershipsJson, "memberships.json"));
        }

        if (citiesTsv is not null)
        {
            data.AddCities(citiesTsv);
        }

        return data;
    }

    /// <summary>
    /// The members of an intergovernmental organisation on <paramref name="asOf"/> (YYYY or YYYY-MM) from memberships.json,
    /// with the file's source; null when the organisation is not listed.
    /// </summary>
    public (IReadOnlyList<Country> Members, string Source)? FindMembers(string name, string? acronym, string? asOf)
    {
        if (!(acronym is not null && _memberships.TryGetValue(acronym, out var membership)) && !_memberships.TryGetValue(name, out membership))
        {
            return null;
        }

        var members = membership.Members
            .Where(m => m.Since is null || asOf is null || string.CompareOrdinal(m.Since[..Math.Min(m.Since.Length, asOf.Length)], asOf) <= 0)
            .Select(m => _countriesByCode[m.Code])
            .ToList();
        var others = membership.Organizations is { Count: > 0 } o ? $"; also participating: {string.Join(", ", o)}" : string.Empty;
        return (members, membership.Source + others);
    }

    private void AddMemberships(MembershipsFile file)
    {
        foreach (var m in file.Memberships)
        {
            foreach (var member in m.Members)
            {
                if (!_countriesByCode.ContainsKey(member.Code))
                {
                    throw new InvalidDataException($"memberships.json: '{m.Name}' lists unknown country code '{member.Code}'.");
                }
            }

            _memberships[m.Name] = m;
            if (m.Acronym is { } acronym)
            {
                _memberships[acronym] = m;
            }
        }
    }

    /// <summary>A country by ISO alpha-2 or alpha-3 code, or by its exact name or an alias (case-insensitive); null when unknown or ambiguous ("Korea").</summary>
    public Country? FindCountry(string nameOrCode)
    {
        var text = nameOrCode.Trim();
        if (text.Length is 2 or 3 && text.All(char.IsAsciiLetterUpper) && _countriesByCode.TryGetValue(text, out var byCode))
        {
            return byCode;
        }

        if (_countriesByName.TryGetValue(Key(text), out var name))
        {
            return name.Country;
        }

        // "St. Vincent & the Grenadines", "Trinidad & Tobago": the ampersand is "and".
        return text.Contains(" & ", StringComparison.Ordinal) && _countriesByName.TryGetValue(Key(text.Replace(" & ", " and ", StringComparison.Ordinal)), out name)
            ? name.Country
            : null;
    }

    /// <summary>
    /// A country whose name or alias is a near miss of <paramref name="name"/> (one or two letters off, "Columbia",
    /// "Phillipines"): only when exactly one country is that near, never for short names.
    /// </summary>
    public (Country Country, string Name)? FindNearMiss(string name)
    {
        // "Republic of Cyprus", "Kingdom of Spain": a country's official long form.
        if (OfficialForm().Match(name.Trim()) is { Success: true } official && FindCountry(official.Groups["name"].Value) is { } formal)
        {
            return (formal, formal.Name);
        }

        var key = Key(name);
        if (key.Length < 5)
        {
            return null;
        }

        var limit = key.Length < 9 ? 1 : 2;
        var best = int.MaxValue;
        var found = new List<(Country Country, string Name)>();
        foreach (var (candidate, value) in _countriesByName)
        {
            if (value.Country is null || Math.Abs(candidate.Length - key.Length) > limit)
            {
                continue;
            }

            var distance = EditDistance(key, candidate, limit);
            if (distance > limit || distance > best)
            {
                continue;
            }

            if (distance < best)
            {
                best = distance;
                found.Clear();
            }

            if (!found.Exists(f => f.Country == value.Country))
            {
                found.Add((value.Country, value.Country.Name));
            }
        }

        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>Optimal string alignment distance (a swap of two letters counts once), cut off above <paramref name="limit"/>.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, d[i - 2, j - 2] + 1);
                }

                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>A city of the gazetteer by its name or an alias (case-insensitive).</summary>
    public Place? FindPlace(string name) =>
        _placesByName.GetValueOrDefault(Key(name)) ?? (CitiesNamed(name) is [var top, ..] ? top.Place : null);

    /// <summary>
    /// The place a name stands for: the hand-kept places first, else the gazetteer's city of that name in the profile's own
    /// country or among its members, else the most populous one, with a warning when another country has a city of that name
    /// at least a third as large.
    /// </summary>
    internal Place? ResolvePlace(string name, IReadOnlyCollection<Country> context, Action<string> warn, bool majorOnly = false)
    {
        if (_placesByName.GetValueOrDefault(Key(name)) is { } listed)
        {
            return listed;
        }

        var candidates = CitiesNamed(name);
        if (majorOnly)
        {
            candidates = [.. candidates.Where(c => c.Population >= MajorCityPopulation || _capitals.Contains(c.Place))];
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var inContext = candidates.FirstOrDefault(c => c.Place.Country is { } country && context.Contains(country));
        if (inContext.Place is not null)
        {
            return inContext.Place;
        }

        var top = candidates[0];
        var rival = candidates.FirstOrDefault(c => c.Place.Country != top.Place.Country);
        if (rival.Place is not null && rival.Population * 3 >= top.Population)
        {
            warn($"'{name}' may be the city in {top.Place.Country!.Name} or the one in {rival.Place.Country!.Name}; linked to the more populous, in {top.Place.Country.Name}");
        }

        return top.Place;
    }

    /// <summary>Gazetteer cities of that name, most populous first; none for an all-capitals word ("SOC" is an acronym, not a town).</summary>
    private List<(Place Place, long Population)> CitiesNamed(string name) =>
        name.Any(char.IsLower) && _cities.TryGetValue(Key(name), out var found) ? found : [];

    /// <summary>cities.tsv (tools/gazetteer): name, country code, population, feature code; '#' lines are the attribution.</summary>
    private void AddCities(string tsv)
    {
        foreach (var line in tsv.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 3 || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var population))
            {
                throw new InvalidDataException($"cities.tsv: malformed line '{line}'.");
            }

            // GeoNames has codes that are not ISO 3166-1 countries here (XK): their cities link no country, so they are left out.
            if (!_countriesByCode.TryGetValue(fields[1], out var country))
            {
                continue;
            }

            var name = fields[0];
            var key = Key(name);
            var isCapital = fields.Length > 3 && fields[3] is "PPLC" or "PPLA";

            // A country's name is the country ("Armenia", "Luxembourg"); the hand-kept places keep their own entries.
            if (name.Length < 3 || _countriesByName.ContainsKey(key) || _placesByName.ContainsKey(key))
            {
                continue;
            }

            if (!_cities.TryGetValue(key, out var list))
            {
                list = [];
                _cities[key] = list;
            }

            var place = new Place(NodeIds.Place($"{name} {country.Code}"), name, country);
            list.Add((place, population));
            if (isCapital)
            {
                _capitals.Add(place);
            }
            if (list.Count == 1)
            {
                PlaceNames.Add(name, place, PhraseMode.Name);
            }

            // "Sao Paulo" for "São Paulo": texts often drop the accents.
            var plain = WithoutDiacritics(name);
            if (plain != name && !_cities.ContainsKey(Key(plain)))
            {
                _cities[Key(plain)] = list;
                PlaceNames.Add(plain, place, PhraseMode.Name);
            }
        }

        foreach (var list in _cities.Values)
        {
            list.Sort((a, b) => b.Population.CompareTo(a.Population));
        }
    }

    internal CountryName? FindCountryName(string name) => _countriesByName.GetValueOrDefault(Key(name));

    private static ReferenceData LoadEmbedded()
    {
        var assembly = typeof(ReferenceData).Assembly;
        string Read(string file) => BundledProfiles.ReadResource(assembly, ResourcePrefix + file);
        return FromJson(Read("countries.json"), Read("places.json"), Read("themes.json"), Read("organizations.json"), Read("memberships.json"), Read("cities.tsv"));
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
            _countriesByCode[code] = country;
            _countriesByCode[country.Code3] = country;

            IEnumerable<string> names = [country.Name, baseName, .. Spellings(baseName), .. o?.Aliases ?? []];
            names = names.Concat(names.Select(WithoutDiacritics).ToList());
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                AddCountryName(name, new CountryName(country, []));
            }
        }

        foreach (var ambiguous in file.Ambiguous ?? [])
        {
            var candidates = ambiguous.Codes
                .Select(c => _countriesByCode.GetValueOrDefault(c) ?? throw new InvalidDataException($"countries.json: ambiguous name '{ambiguous.Name}' lists unknown code '{c}'."))
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
        if (_countriesByName.TryGetValue(key, out var existing))
        {
            if (existing.Country is not null && existing.Country == value.Country)
            {
                return;
            }

            throw new InvalidDataException($"countries.json: the name '{name}' is claimed by two countries ({existing.Describe()} and {value.Describe()}); list it under 'ambiguous' instead.");
        }

        _countriesByName[key] = value;
        CountryNames.Add(name, value, ModeOf(name));

        // "Democratic Republic of Congo" for "Democratic Republic of the Congo": the article distinguishes no two countries.
        var bare = Article().Replace(name, string.Empty).Trim();
        if (value.Country is not null && bare.Length > 0 && bare != name && _countriesByName.TryAdd(Key(bare), value))
        {
            CountryNames.Add(bare, value, ModeOf(bare));
        }
    }

    private List<Place> BuildPlaces(IReadOnlyList<PlaceDefinition> definitions)
    {
        var places = new List<Place>(definitions.Count);
        foreach (var d in definitions)
        {
            var country = _countriesByCode.GetValueOrDefault(d.Country)
                ?? throw new InvalidDataException($"places.json: '{d.Name}' has unknown country code '{d.Country}'.");
            var place = new Place(NodeIds.Place(d.Name), d.Name, country);
            places.Add(place);
            foreach (var name in (IEnumerable<string>)[d.Name, .. d.Aliases ?? []])
            {
                if (!_placesByName.TryAdd(Key(name), place))
                {
                    throw new InvalidDataException($"places.json: the name '{name}' is listed twice.");
                }

                PlaceNames.Add(name, place, ModeOf(name));
            }
        }

        return places;
    }

    private List<Theme> BuildThemes(ThemesFile file)
    {
        var definitions = file.Themes ?? throw new InvalidDataException("themes.json: the file has no 'themes'.");
        var themes = new List<Theme>(definitions.Count);
        foreach (var d in definitions)
        {
            var theme = new Theme(NodeIds.Theme(d.Name), d.Name);
            if (themes.Exists(t => t.Id == theme.Id))
            {
                throw new InvalidDataException($"themes.json: theme '{d.Name}' is listed twice.");
            }

            ThemeTaxonomy.CheckFrameworks(d);
            var terms = ThemeTaxonomy.Terms(d, theme);
            if (terms.Count == 0)
            {
                throw new InvalidDataException($"themes.json: theme '{d.Name}' has no terms.");
            }

            themes.Add(theme);
            foreach (var (text, term) in terms)
            {
                ThemeTerms.Add(text, term, PhraseMode.Term);
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

    /// <summary>"Sao Tome and Principe" for "São Tomé and Príncipe": pages and PDFs drop the accents.</summary>
    private static string WithoutDiacritics(string name)
    {
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]).Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>Short names written without lower-case letters ("ROK", "U.S.") are abbreviations: they must match case-sensitively.</summary>
    private static PhraseMode ModeOf(string name) =>
        name.Length <= 6 && !name.Any(char.IsLower) ? PhraseMode.Exact : PhraseMode.Name;

    [GeneratedRegex(@"^(?:the\s+)?(?:Republic|Kingdom|Principality|Grand\s+Duchy|Sultanate|State|Commonwealth|Federal\s+Republic|Federative\s+Republic|Independent\s+State|Hashemite\s+Kingdom)\s+of\s+(?:the\s+)?(?<name>\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialForm();

    [GeneratedRegex(@"(?<=^|\s)[Tt]he\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Article();

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
