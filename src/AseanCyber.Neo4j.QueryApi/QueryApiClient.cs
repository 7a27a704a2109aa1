using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace AseanCyber.Neo4j.QueryApi;

public enum AccessMode
{
    Read,
    Write,
}

/// <summary>
/// A small client of Neo4j's HTTP Query API (https://neo4j.com/docs/query-api/current/): auto-commit statements and
/// explicit write transactions, answers read as typed JSON, retries on transient errors and connection failures.
/// Thread-safe; meant to be a singleton. Statements go to the server untouched: values travel only as parameters.
/// </summary>
public sealed class QueryApiClient
{
    private const string TypedJson = "application/vnd.neo4j.query";
    private const string AffinityHeader = "neo4j-cluster-affinity";
    private const int SnippetLength = 200;

    private readonly HttpClient _http;
    private readonly ILogger<QueryApiClient> _logger;
    private readonly Uri _server;
    private readonly Uri _queryUri;
    private readonly Uri _transactionsUri;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly string _credentialsHint;
    private readonly TimeSpan _requestTimeout;
    private readonly int _statementSeconds;
    private readonly int _transactionSeconds;
    private readonly int _maxRetries;
    private readonly ResiliencePipeline _retry;
    private ReadOnlyCollection<string> _bookmarks = ReadOnlyCollection<string>.Empty;

    public QueryApiClient(HttpClient http, Neo4jOptions options, ILogger<QueryApiClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("The Neo4j settings are not usable: " + string.Join(" ", problems), nameof(options));
        }

        _http = http;
        _logger = logger;
        _server = new Uri(options.Uri!.GetLeftPart(UriPartial.Authority) + "/");
        _queryUri = new Uri(_server, $"db/{Uri.EscapeDataString(options.Database)}/query/v2");
        _transactionsUri = new Uri(_queryUri.AbsoluteUri + "/tx");
        _requestTimeout = options.RequestTimeout;
        _statementSeconds = WholeSeconds(options.MaxExecutionTime ?? options.RequestTimeout);
        _transactionSeconds = WholeSeconds(options.TransactionMaxExecutionTime);
        _maxRetries = options.MaxRetries;

        if (!string.IsNullOrEmpty(options.Token))
        {
            _authorization = new AuthenticationHeaderValue("Bearer", options.Token);
            _credentialsHint = "check Neo4j:Token";
        }
        else if (!string.IsNullOrEmpty(options.User))
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
            _authorization = new AuthenticationHeaderValue("Basic", basic);
            _credentialsHint = "check Neo4j:User and Neo4j:Password";
        }
        else
        {
            _credentialsHint = "no credentials are configured: set Neo4j:User and Neo4j:Password, or Neo4j:Token";
        }

        var pipeline = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(e => e.IsTransient),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                OnRetry = args =>
                {
                    var code = (args.Outcome.Exception as Neo4jException)?.Code ?? "?";
                    _logger.Retrying(args.Outcome.Exception!, code, args.AttemptNumber + 1, _maxRetries, args.RetryDelay);
                    return default;
                },
            });
        }

        _retry = pipeline.Build();
    }

    /// <summary>
    /// The bookmarks of the latest work this client saw complete (a write's, usually): every later statement and
    /// transaction carries them, so a read after an import sees the import even on a cluster.
    /// </summary>
    public IReadOnlyList<string> LastBookmarks => Volatile.Read(ref _bookmarks);

    /// <summary>
    /// One auto-commit statement, bounded on the server by <c>maxExecutionTime</c> (Neo4j:MaxExecutionTime). Retried on
    /// <c>Neo.TransientError.*</c> and when the request never reached the server, so a write statement must be safe to
    /// repeat (MERGE rather than CREATE) when that matters; never after a timeout, which the server may still be running.
    /// </summary>
    public Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?> parameters,
        AccessMode mode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(parameters);
        return WithRetriesAsync(
            async ct =>
            {
                var bookmarks = LastBookmarks;
                var body = RequestBody.Statement(statement, parameters, mode, bookmarks, _statementSeconds);
                var (result, _) = await SendAsync(HttpMethod.Post, _queryUri, body, null, ReadResult, ct);
                RecordBookmarks(bookmarks, result.Bookmarks);
                return result;
            },
            cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it, or rolls it back when <paramref name="work"/>
    /// throws or is cancelled. On a transient error or connection failure (in a statement, or in opening or committing)
    /// the whole unit is run again in a new transaction, like the drivers' managed transactions: <paramref name="work"/>
    /// must be safe to repeat. Run its statements one after another, not concurrently.
    /// </summary>
    public Task<T> ExecuteWriteAsync<T>(Func<QueryApiTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WithRetriesAsync(ct => RunTransactionAsync(work, ct), cancellationToken);
    }

    internal async Task<(T Value, string? Affinity)> SendAsync<T>(
        HttpMethod method,
        Uri uri,
        byte[]? body,
        string? affinity,
        Func<JsonElement?, T> read,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation("Accept", TypedJson);
        request.Headers.TryAddWithoutValidation("User-Agent", "AseanCyber/1.0");
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is null && method == HttpMethod.Post)
        {
            throw new ArgumentException("A POST to Neo4j needs a JSON body ({} at least).", nameof(body));
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_requestTimeout);
        var started = Stopwatch.GetTimestamp();
        int status;
        string? mediaType;
        string? answeredAffinity;
        byte[] content;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            mediaType = response.Content.Headers.ContentType?.MediaType;
            answeredAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            content = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jException(
                Neo4jErrorKind.Unavailable,
                Neo4jErrorCodes.Timeout,
                $"Neo4j at {_server} did not answer {method} {uri.AbsolutePath} within {_requestTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s (Neo4j:RequestTimeout); not retried, as the server may still be running it until its maxExecutionTime.",
                innerException: e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw NeverSent(e)
                ? new Neo4jException(
                    Neo4jErrorKind.Unavailable,
                    Neo4jErrorCodes.ConnectionFailed,
                    $"Neo4j at {_server} is unreachable: {e.Message}",
                    innerException: e)
                : new Neo4jException(
                    Neo4jErrorKind.Unavailable,
                    Neo4jErrorCodes.ConnectionLost,
                    $"The connection to Neo4j at {_server} broke during {method} {uri.AbsolutePath}, which the server may have run: {e.Message}",
                    innerException: e);
        }

        if (_logger.IsEnabled(LogLevel.Debug))
        {
            _logger.Answered(method.Method, uri.AbsolutePath, status, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return (Interpret(status, mediaType, content, read), answeredAffinity);
    }

    /// <summary>Whether a failure happened before any byte of the request could reach the server.</summary>
    private static bool NeverSent(Exception e) =>
        e is HttpRequestException
        {
            HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
                or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
        }
        || e.InnerException is SocketException
        {
            SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable
                or SocketError.NetworkUnreachable or SocketError.TryAgain or SocketError.NoData or SocketError.HostDown,
        };

    internal Uri TransactionUri(string id) => new(_transactionsUri.AbsoluteUri + "/" + Uri.EscapeDataString(id));

    private static QueryResult ReadResult(JsonElement? root) =>
        TypedJsonReader.ReadQueryResult(root ?? throw new UnexpectedAnswerException("the answer is empty"));

    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var attempts = 0;
        try
        {
            return await _retry.ExecuteAsync(
                async ct =>
                {
                    attempts++;
                    return await attempt(ct);
                },
                cancellationToken);
        }
        catch (Neo4jException e) when (e.IsTransient && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("Cancelled while retrying a failed Neo4j request.", e, cancellationToken);
        }
        catch (Neo4jException e) when (e.IsTransient)
        {
            throw new Neo4jException(
                e.Kind,
                e.Code,
                $"{e.Message} (gave up after {attempts} attempt{(attempts == 1 ? "" : "s")}; Neo4j:MaxRetries is {_maxRetries})",
                e.StatusCode,
                e);
        }
    }

    private async Task<T> RunTransactionAsync<T>(Func<QueryApiTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var bookmarks = LastBookmarks;
        var (id, affinity) = await SendAsync(
            HttpMethod.Post,
            _transactionsUri,
            RequestBody.Begin(bookmarks, _transactionSeconds),
            null,
            root => TypedJsonReader.ReadTransactionId(root ?? throw new UnexpectedAnswerException("the answer is empty")),
            cancellationToken);
        var transaction = new QueryApiTransaction(this, id, TransactionUri(id), affinity);

        T result;
        try
        {
            result = await work(transaction, cancellationToken);
        }
        catch (Exception e)
        {
            transaction.Close();
            await RollbackAsync(transaction, e);
            throw;
        }

        transaction.Close();
        IReadOnlyList<string> committed;
        try
        {
            (committed, _) = await SendAsync(
                HttpMethod.Post,
                new Uri(transaction.Uri.AbsoluteUri + "/commit"),
                RequestBody.Empty(),
                transaction.Affinity,
                root => root is { } answer ? TypedJsonReader.ReadBookmarks(answer) : [],
                cancellationToken);
        }
        catch (Exception e)
        {
            // A commit that timed out, was cancelled or lost its connection may leave the transaction open on the
            // server, holding its locks and writes until it expires; one the server refused is already gone (404).
            await RollbackAsync(transaction, e);
            throw;
        }

        RecordBookmarks(bookmarks, committed);
        return result;
    }

    private async Task RollbackAsync(QueryApiTransaction transaction, Exception cause)
    {
        var causeCode = CodeOf(cause);
        try
        {
            // Not the caller's token: a cancelled unit of work must still release its locks, within one request timeout.
            await SendAsync(HttpMethod.Delete, transaction.Uri, null, transaction.Affinity, _ => true, CancellationToken.None);
            _logger.RolledBack(transaction.Id, causeCode);
        }
        catch (Exception e) when (cause is Neo4jException { Kind: not Neo4jErrorKind.Unavailable })
        {
            var rollbackCode = CodeOf(e);
            _logger.RollbackAfterServerErrorFailed(e, transaction.Id, causeCode, rollbackCode);
        }
        catch (Exception e)
        {
            var rollbackCode = CodeOf(e);
            _logger.RollbackFailed(e, transaction.Id, causeCode, rollbackCode);
        }
    }

    // The Query API takes maxExecutionTime in whole seconds (QueryRequest's int): round up, so the server never stops first.
    private static int WholeSeconds(TimeSpan time) => (int)Math.Min(int.MaxValue, Math.Ceiling(time.TotalSeconds));

    private static string CodeOf(Exception exception) => exception switch
    {
        Neo4jException neo4j => neo4j.Code,
        OperationCanceledException => "Cancelled",
        _ => exception.GetType().Name,
    };

    /// <summary>Replaces the bookmarks an operation started from by those it ended with, keeping any added concurrently.</summary>
    private void RecordBookmarks(IReadOnlyList<string> sent, IReadOnlyList<string> received)
    {
        if (received.Count == 0)
        {
            return;
        }

        while (true)
        {
            var current = Volatile.Read(ref _bookmarks);
            var next = current.Where(b => !sent.Contains(b, StringComparer.Ordinal))
                .Concat(received)
                .Distinct(StringComparer.Ordinal)
                .ToList()
                .AsReadOnly();
            if (ReferenceEquals(Interlocked.CompareExchange(ref _bookmarks, next, current), current))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Turns an answer into its value or the right <see cref="Neo4jException"/>. The errors list is authoritative whatever
    /// the status: the Query API may answer 200/202 and still report an error.
    /// </summary>
    private T Interpret<T>(int status, string? mediaType, byte[] content, Func<JsonElement?, T> read)
    {
        JsonDocument? document = null;
        try
        {
            if (content.Length > 0)
            {
                try
                {
                    document = JsonDocument.Parse(content);
                }
                catch (JsonException)
                {
                    document = null;
                }
            }

            var root = document?.RootElement;
            if (root is { ValueKind: JsonValueKind.Object } answer
                && answer.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array
                && errors.GetArrayLength() > 0)
            {
                throw FromError(errors[0], status, content);
            }

            if (status == 401)
            {
                throw Unauthorized(Neo4jErrorCodes.Unauthorized, status);
            }

            if (status is 502 or 503)
            {
                throw new Neo4jException(
                    Neo4jErrorKind.Unavailable,
                    Neo4jErrorCodes.GatewayUnavailable,
                    $"Neo4j at {_server} is unavailable (HTTP {status}).",
                    status);
            }

            if (status == 504)
            {
                throw new Neo4jException(
                    Neo4jErrorKind.Unavailable,
                    Neo4jErrorCodes.GatewayTimeout,
                    $"A gateway in front of Neo4j at {_server} gave up waiting for it (HTTP 504); the server may still be running the request.",
                    status);
            }

            if (status == 403)
            {
                throw new Neo4jException(
                    Neo4jErrorKind.Client,
                    "Neo.ClientError.Security.Forbidden",
                    $"Neo4j at {_server} refused access (HTTP 403): the configured user may not run this.",
                    status);
            }

            if (content.Length > 0 && document is null)
            {
                throw Protocol(status, content, "the answer is not JSON");
            }

            if (status is < 200 or > 299)
            {
                throw Protocol(status, content, "an error status without an errors list");
            }

            if (root is { } value && value.ValueKind != JsonValueKind.Object)
            {
                throw Protocol(status, content, "the answer is not a JSON object");
            }

            if (root is { } data && data.TryGetProperty("data", out _)
                && mediaType is not null && !mediaType.StartsWith(TypedJson, StringComparison.OrdinalIgnoreCase))
            {
                throw Protocol(status, content, $"the answer is {mediaType}, not typed JSON ({TypedJson})");
            }

            try
            {
                return read(root);
            }
            catch (UnexpectedAnswerException e)
            {
                throw Protocol(status, content, e.Message, e);
            }
        }
        finally
        {
            document?.Dispose();
        }
    }

    private Neo4jException FromError(JsonElement error, int status, byte[] content)
    {
        var code = error.ValueKind == JsonValueKind.Object
            ? Text(error, "code") ?? Text(error, "error")
            : null;
        if (code is null)
        {
            throw Protocol(status, content, "an error without a code");
        }

        if (status == 401 || code == Neo4jErrorCodes.Unauthorized)
        {
            return Unauthorized(code, status);
        }

        var kind = code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) ? Neo4jErrorKind.Client
            : code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) ? Neo4jErrorKind.Transient
            : Neo4jErrorKind.Database;
        var message = Text(error, "message") ?? "(no message)";
        return new Neo4jException(kind, code, $"Neo4j error {code}: {message}", status);

        static string? Text(JsonElement error, string name) =>
            error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    // Never the server's message: nothing of the credentials can leak into logs this way.
    private Neo4jException Unauthorized(string code, int status) =>
        new(
            Neo4jErrorKind.Unauthorized,
            code,
            $"Neo4j at {_server} refused the credentials ({code}, HTTP {status}): {_credentialsHint}.",
            status);

    private Neo4jException Protocol(int status, byte[] content, string problem, Exception? inner = null)
    {
        var text = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, SnippetLength * 4));
        var snippet = text.Length > SnippetLength ? text[..SnippetLength] + "..." : text;
        return new Neo4jException(
            Neo4jErrorKind.Protocol,
            Neo4jErrorCodes.Protocol,
            $"Unexpected answer from Neo4j at {_server} (HTTP {status}): {problem}. The answer starts: {snippet}",
            status,
            inner);
    }
}
