namespace AseanCyber.Graph.Model;

/// <summary>Anything addressable by a global, readable, stable id such as "country:JP".</summary>
public interface INode
{
    string Id { get; }
}

public sealed record Profile(
    string Id,
    string Name,
    string? Acronym,
    string? LastUpdated,
    string Document,
    IReadOnlyList<Country> Members) : INode
{
    /// <summary>A state profile's own country, the one the page is about (stored as OF_COUNTRY); null for an intergovernmental organization.</summary>
    public Country? Country { get; init; }
}

public sealed record Country(string Code, string Code3, string Name) : INode
{
    public string Id => NodeIds.Country(Code);
}

public sealed record Body(string Id, string Name) : INode;

public sealed record Theme(string Id, string Name) : INode;

public sealed record Place(string Id, string Name, Country? Country) : INode;

public sealed record Organization(string Id, string Name, string? Acronym) : INode;

public sealed record DateSpan(string Text, string Start, string? End, DatePrecision Precision, string? Note);

public sealed record SourceSpan(string Document, int FirstLine, int LastLine);

public sealed record Entry(
    string Id,
    string ProfileId,
    EntryKind Kind,
    string Section,
    string Category,
    string Title,
    EntryStatus? Status,
    int? Edition,
    string? Acronym,
    string? Description,
    IReadOnlyList<string> Items,
    IReadOnlyList<DateSpan> Dates,
    SourceSpan Source) : INode
{
    public DateSpan? Date => Dates.Count > 0 ? Dates[0] : null;

    /// <summary>The year the first date starts in; null without a date or when its start does not begin with four digits.</summary>
    public int? Year => Date?.Start is { Length: >= 4 } start
        && int.TryParse(start.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year
            : null;
}
