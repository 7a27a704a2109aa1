using System.Text.Json;

namespace AseanCyber.Graph.Import;

/// <summary>The shapes of the reference data files under Data/ (see the "about" text in countries.json).</summary>
internal static class ReferenceDataFiles
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T Parse<T>(string json, string fileName)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new InvalidDataException($"{fileName}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{fileName}: {e.Message}", e);
        }
    }
}

internal sealed record CountriesFile(
    IReadOnlyList<string>? Excluded,
    IReadOnlyList<AmbiguousCountryName>? Ambiguous,
    IReadOnlyList<string>? NotCountries,
    IReadOnlyList<CountryOverride>? Overrides);

internal sealed record CountryOverride(string Code, string? Name, IReadOnlyList<string>? Aliases);

internal sealed record AmbiguousCountryName(string Name, IReadOnlyList<string> Codes);

internal sealed record PlaceDefinition(string Name, string Country, IReadOnlyList<string>? Aliases);

/// <summary>themes.json: the taxonomy, the frameworks it is mapped to, and the themes (see its "about" text).</summary>
internal sealed record ThemesFile(string? About, IReadOnlyDictionary<string, string>? Frameworks, IReadOnlyList<ThemeDefinition>? Themes);

internal sealed record ThemeDefinition(
    string Name,
    IReadOnlyList<string>? Gci,
    IReadOnlyList<string>? UnGge,
    IReadOnlyList<string>? Terms,
    IReadOnlyList<string>? DomainTerms,
    IReadOnlyList<string>? GenericTerms,
    string? Why);

internal sealed record OrganizationDefinition(string Name, string? Acronym, IReadOnlyList<string>? Aliases);

internal sealed record MembershipsFile(IReadOnlyList<MembershipDefinition> Memberships);

internal sealed record MembershipDefinition(string? Acronym, string Name, string Source, IReadOnlyList<MemberDefinition> Members, IReadOnlyList<string>? Organizations);

internal sealed record MemberDefinition(string Code, string? Since);
