namespace AseanCyber.Graph.Import;

/// <summary>Countries (ISO 3166-1 via .NET's RegionInfo plus aliases), places, themes and organizations the importer links to.</summary>
public sealed class ReferenceData
{
    public static ReferenceData Default { get; } = new();
}
