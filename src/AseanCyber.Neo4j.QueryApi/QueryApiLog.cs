using Microsoft.Extensions.Logging;

namespace AseanCyber.Neo4j.QueryApi;

internal static partial class QueryApiLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j request failed with {Neo4jCode}, retry {Attempt} of {MaxRetries} in {Delay}")]
    public static partial void Retrying(this ILogger logger, Exception exception, string neo4jCode, int attempt, int maxRetries, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Neo4j answered {Method} {Path} with HTTP {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void Answered(this ILogger logger, string method, string path, int statusCode, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rolled back Neo4j transaction {TransactionId} after {Neo4jCode}")]
    public static partial void RolledBack(this ILogger logger, string transactionId, string neo4jCode);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rolling back Neo4j transaction {TransactionId} after {Neo4jCode} failed with {RollbackNeo4jCode}; the server had reported the error, which ends the transaction")]
    public static partial void RollbackAfterServerErrorFailed(this ILogger logger, Exception exception, string transactionId, string neo4jCode, string rollbackNeo4jCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rolling back Neo4j transaction {TransactionId} after {Neo4jCode} failed with {RollbackNeo4jCode}; the server keeps its locks until the transaction expires")]
    public static partial void RollbackFailed(this ILogger logger, Exception exception, string transactionId, string neo4jCode, string rollbackNeo4jCode);
}
