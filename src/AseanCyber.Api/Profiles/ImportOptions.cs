namespace AseanCyber.Api.Profiles;

/// <summary>Configuration section "Import": bounds of the import mutations.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Most texts one <c>importProfiles</c> call takes; more is refused whole with IMPORT_BATCH_TOO_LARGE.</summary>
    public int MaxTextsPerCall { get; set; } = 50;
}
