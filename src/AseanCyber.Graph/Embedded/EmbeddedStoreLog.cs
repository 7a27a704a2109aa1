using Microsoft.Extensions.Logging;

namespace AseanCyber.Graph.Embedded;

internal static partial class EmbeddedStoreLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded graph opened with {ProfileCount} profiles and {EntryCount} entries, data directory {DataDirectory}")]
    public static partial void Opened(this ILogger logger, int profileCount, int entryCount, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removing {Document}, left behind by an interrupted import")]
    public static partial void RemovingLeftover(this ILogger logger, string document);

    [LoggerMessage(Level = LogLevel.Error, Message = "Skipping persisted profile {Document}: {Reason}")]
    public static partial void SkippingPersisted(this ILogger logger, Exception exception, string document, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported profile {ProfileId} with {EntryCount} entries and {WarningCount} warnings into {Path}")]
    public static partial void Imported(this ILogger logger, string profileId, int entryCount, int warningCount, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported bundled profile {ProfileId} with {EntryCount} entries and {WarningCount} warnings; nothing written, the seed brings it back")]
    public static partial void ImportedBundled(this ILogger logger, string profileId, int entryCount, int warningCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not persist profile {ProfileId} to {Path}")]
    public static partial void PersistenceFailed(this ILogger logger, Exception exception, string profileId, string path);
}
