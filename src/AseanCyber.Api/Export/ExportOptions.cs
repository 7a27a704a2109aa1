using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Export;

/// <summary>Configuration section "Export".</summary>
public sealed class ExportOptions
{
    public const string Section = "Export";
    public const int MaxPageSize = 1000;

    /// <summary>Entries read (and their links, in one batch) per step of an export; what the server holds of a download at a time.</summary>
    public int PageSize { get; set; } = 200;
}

public sealed class ExportOptionsValidator : IValidateOptions<ExportOptions>
{
    public ValidateOptionsResult Validate(string? name, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.PageSize is < 1 or > ExportOptions.MaxPageSize
            ? ValidateOptionsResult.Fail($"Export:PageSize must be between 1 and {ExportOptions.MaxPageSize}, got {options.PageSize}.")
            : ValidateOptionsResult.Success;
    }
}
