using Microsoft.Extensions.Logging;

namespace AseanCyber.Neo4j.QueryApi;

internal static partial class QueryApiLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j request failed with {Code}, retry {Attempt} of {MaxRetries} in {Delay}")]
    public static partial void Retrying(this ILogger logger, Exception exception, string code, int attempt, int maxRetries, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Neo4j answered {Method} {Path} with HTTP {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void Answered(this ILogger logger, string method, string path, int statusCode, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rolled back Neo4j transaction {TransactionId}")]
    public static partial void RolledBack(this ILogger logger, string transactionId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rolling back Neo4j transaction {TransactionId} failed after the server had reported an error (it rolls back by itself then)")]
    public static partial void RollbackAfterServerErrorFailed(this ILogger logger, Exception exception, string transactionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rolling back Neo4j transaction {TransactionId} failed; the server drops it when its idle timeout passes")]
    public static partial void RollbackFailed(this ILogger logger, Exception exception, string transactionId);
}
