namespace AseanCyber.Neo4j.QueryApi;

public enum Neo4jErrorKind
{
    /// <summary>A <c>Neo.ClientError.*</c>: the statement or request is wrong; repeating it will not help.</summary>
    Client,

    /// <summary>A <c>Neo.TransientError.*</c> that persisted through every retry.</summary>
    Transient,

    /// <summary>A <c>Neo.DatabaseError.*</c>: the server failed.</summary>
    Database,

    /// <summary>The credentials were refused: a configuration problem.</summary>
    Unauthorized,

    /// <summary>No answer: connection refused or lost, name not resolved, timed out, or a gateway's 502/503/504.</summary>
    Unavailable,

    /// <summary>An answer this client does not understand.</summary>
    Protocol,
}

/// <summary>Codes of the errors that do not come from Neo4j itself (see <see cref="Neo4jException.Code"/>).</summary>
public static class Neo4jErrorCodes
{
    /// <summary>The request never reached the server (name not resolved, connection refused): safe to send again.</summary>
    public const string ConnectionFailed = "AseanCyber.Neo4j.ConnectionFailed";

    /// <summary>The connection broke after the request was sent: the server may have run it, or may still be running it.</summary>
    public const string ConnectionLost = "AseanCyber.Neo4j.ConnectionLost";

    /// <summary>No answer within Neo4j:RequestTimeout: the server may still be running the request.</summary>
    public const string Timeout = "AseanCyber.Neo4j.Timeout";

    /// <summary>A gateway in front of Neo4j answered 502 or 503: it did not hand the request on.</summary>
    public const string GatewayUnavailable = "AseanCyber.Neo4j.GatewayUnavailable";

    /// <summary>A gateway in front of Neo4j gave up waiting (504): the server may still be running the request.</summary>
    public const string GatewayTimeout = "AseanCyber.Neo4j.GatewayTimeout";
    public const string Protocol = "AseanCyber.Neo4j.Protocol";

    /// <summary>Neo4j's own code for refused credentials, also used for a bare HTTP 401.</summary>
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
}

/// <summary>Everything <see cref="QueryApiClient"/> throws for a Neo4j-side or connection problem.</summary>
public class Neo4jException(Neo4jErrorKind kind, string code, string message, int? statusCode = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public Neo4jErrorKind Kind { get; } = kind;

    /// <summary>Neo4j's status code verbatim (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>), or one of <see cref="Neo4jErrorCodes"/>.</summary>
    public string Code { get; } = code;

    /// <summary>The HTTP status of the answer, when there was one.</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>
    /// Whether the client sends the same work again: only for Neo4j's <c>Neo.TransientError.*</c> and for failures where
    /// the request never reached the server. A timeout or a broken connection is not retried: the server may still be
    /// running the request, and a second copy would run beside it.
    /// </summary>
    public bool IsTransient =>
        Kind == Neo4jErrorKind.Transient
        || (Kind == Neo4jErrorKind.Unavailable && Code is Neo4jErrorCodes.ConnectionFailed or Neo4jErrorCodes.GatewayUnavailable);
}
