using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Export;

/// <summary>Configuration section "Export".</summary>
public sealed class ExportOptions
{
    public const string Section = "Export";
    public const int MaxPageSize = 1000;

    public const int MaxConcurrentLimit = 64;

    /// <summary>Entries read (and their links, in one batch) per step of an export; what the server holds of a download at a time.</summary>
    public int PageSize { get; set; } = 200;

    /// <summary>Exports that may run at once; one more is refused (429, EXPORT_BUSY) rather than queued, so downloads cannot crowd out queries.</summary>
    public int MaxConcurrent { get; set; } = 2;
}

/// <summary>The export slots (<see cref="ExportOptions.MaxConcurrent"/>), one per running download.</summary>
public sealed class ExportGate(IOptions<ExportOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrent, options.Value.MaxConcurrent);

    public int Capacity { get; } = options.Value.MaxConcurrent;

    /// <summary>Takes a slot if one is free, without waiting; the caller releases it with <see cref="Exit"/>.</summary>
    public bool TryEnter() => _slots.Wait(0);

    public void Exit() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}

public sealed class ExportOptionsValidator : IValidateOptions<ExportOptions>
{
    public ValidateOptionsResult Validate(string? name, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PageSize is < 1 or > ExportOptions.MaxPageSize)
        {
            return ValidateOptionsResult.Fail($"Export:PageSize must be between 1 and {ExportOptions.MaxPageSize}, got {options.PageSize}.");
        }

        return options.MaxConcurrent is < 1 or > ExportOptions.MaxConcurrentLimit
            ? ValidateOptionsResult.Fail($"Export:MaxConcurrent must be between 1 and {ExportOptions.MaxConcurrentLimit}, got {options.MaxConcurrent}.")
            : ValidateOptionsResult.Success;
    }
}
