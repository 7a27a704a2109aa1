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

    /// <summary>No answer: connection refused, name not resolved, timed out, or a gateway's 502/503/504, through every retry.</summary>
    Unavailable,

    /// <summary>An answer this client does not understand.</summary>
    Protocol,
}

/// <summary>Codes of the errors that do not come from Neo4j itself (see <see cref="Neo4jException.Code"/>).</summary>
public static class Neo4jErrorCodes
{
    public const string ConnectionFailed = "AseanCyber.Neo4j.ConnectionFailed";
    public const string Timeout = "AseanCyber.Neo4j.Timeout";
    public const string GatewayUnavailable = "AseanCyber.Neo4j.GatewayUnavailable";
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

    /// <summary>Whether trying the same work again may succeed (the client already did, up to its retry limit).</summary>
    public bool IsTransient => Kind is Neo4jErrorKind.Transient or Neo4jErrorKind.Unavailable;
}
