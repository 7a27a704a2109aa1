using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Import;

/// <summary>
/// Reads one Cyber Policy Portal profile page (plain text) into a <see cref="ProfileDocument"/>: a pure function of the
/// text and the reference data (countries, places, themes, organizations). Ambiguities become warnings, never guesses;
/// a text that is not a profile page at all is rejected with a <see cref="ProfileFormatException"/> naming the line.
/// </summary>
public sealed class ProfileImporter(ReferenceData reference)
{
    public ReferenceData Reference { get; } = reference;

    public ProfileDocument Import(string text, string documentName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentName);
        var lines = SourceText.Split(text);
        var page = new PageParser(Reference, lines, documentName).Parse();
        var profile = page.Country is null ? page.Profile : page.Profile with { Country = page.Country };
        return new ProfileDocument(profile, page.Entries, page.Warnings, text)
        {
            SubSections = page.Introductions,
            MembersSource = page.MembersSource,
        };
    }
}

public sealed class ProfileFormatException(int line, string reason) : Exception($"line {line}: {reason}")
{
    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
