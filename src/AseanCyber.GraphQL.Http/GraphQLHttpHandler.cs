using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace AseanCyber.GraphQL.Http;

/// <summary>
/// One GraphQL-over-HTTP exchange: method and media-type checks, reading the request, executing it against the schema
/// from DI, and choosing the status code the spec gives for the negotiated media type.
/// </summary>
public sealed partial class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    IDocumentBuilder documentBuilder,
    GraphQLHttpRequestReader reader,
    IEnumerable<IGraphQLExceptionMapper> exceptionMappers,
    IEnumerable<IGraphQLHttpRequestListener> listeners,
    IOptionsMonitor<GraphQLHttpOptions> options,
    ILogger<GraphQLHttpHandler> logger,
    IGraphQLUserContextFactory? userContexts = null)
{
    private readonly IGraphQLExceptionMapper[] _exceptionMappers = [.. exceptionMappers];
    private readonly IGraphQLHttpRequestListener[] _listeners = [.. listeners];

    public const string InternalErrorCode = "INTERNAL_SERVER_ERROR";
    public const string MethodNotAllowedCode = "METHOD_NOT_ALLOWED";
    public const string NotAcceptableCode = "NOT_ACCEPTABLE";
    public const string MaxErrorsCode = "MAX_ERRORS_EXCEEDED";

    public async Task HandleAsync(HttpContext http)
    {
        try
        {
            await HandleRequestAsync(http);
        }
        catch (Exception ex) when ((ex is OperationCanceledException or IOException) && http.RequestAborted.IsCancellationRequested)
        {
            // The client went away (while sending, or while we executed): nobody is left to answer.
            LogClientGone(logger, http.Request.Method);
        }
    }

    private async Task HandleRequestAsync(HttpContext http)
    {
        // Every answer is JSON; a browser must not guess otherwise from its content.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, GraphQLMediaTypes.Json, new GraphQLHttpRequestError(
                StatusCodes.Status405MethodNotAllowed,
                MethodNotAllowedCode,
                $"{request.Method} is not supported here: send GraphQL requests with POST, or queries with GET."));
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, GraphQLMediaTypes.Json, new GraphQLHttpRequestError(
                StatusCodes.Status406NotAcceptable,
                NotAcceptableCode,
                $"The Accept header admits neither '{GraphQLMediaTypes.GraphQLResponse}' nor '{GraphQLMediaTypes.Json}'."));
            return;
        }

        var settings = options.CurrentValue;
        var (graphQLRequest, error) = isGet
            ? reader.ReadGet(request)
            : await reader.ReadPostAsync(request, settings.MaxRequestBodyBytes, http.RequestAborted);
        if (error is not null)
        {
            await WriteErrorAsync(http, mediaType, error);
            return;
        }

        if (isGet && SelectsNonQueryOperation(graphQLRequest!))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, mediaType, new GraphQLHttpRequestError(
                StatusCodes.Status405MethodNotAllowed,
                MethodNotAllowedCode,
                "Only queries can be sent with GET; send mutations with POST."));
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = graphQLRequest!.Query,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
            User = http.User,
            UserContext = userContexts?.Create(http) ?? new Dictionary<string, object?>(),
            Timeout = settings.ExecutionTimeout,
            UnhandledExceptionDelegate = OnUnhandledExceptionAsync,
        });

        LimitErrors(result, settings.MaxErrors);
        http.Response.StatusCode = StatusCodeFor(result, mediaType);
        http.Response.ContentType = mediaType + "; charset=utf-8";
        Answered(http, graphQLRequest.OperationName, result.Errors?.FirstOrDefault()?.Code);
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static void LimitErrors(ExecutionResult result, int maxErrors)
    {
        if (result.Errors is not { } errors || errors.Count <= maxErrors)
        {
            return;
        }

        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(maxErrors))
        {
            kept.Add(error);
        }

        kept.Add(new ExecutionError($"{errors.Count - maxErrors} more errors were left out; a response carries at most {maxErrors}.")
        {
            Code = MaxErrorsCode,
        });
        result.Errors = kept;
    }

    /// <summary>
    /// Under application/json every well-formed request gets 200; under application/graphql-response+json a response
    /// without data (parse, validation or variable errors: nothing executed) gets 4xx, or 5xx when the server failed.
    /// </summary>
    private static int StatusCodeFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed || mediaType == GraphQLMediaTypes.Json)
        {
            return StatusCodes.Status200OK;
        }

        var errors = result.Errors ?? [];
        if (errors.Any(e => e is TimeoutError))
        {
            return StatusCodes.Status504GatewayTimeout;
        }

        return errors.Any(e => e.Code == InternalErrorCode)
            ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status400BadRequest;
    }

    // Parsed here only to refuse mutations over GET; execution parses again so the schema's own pipeline
    // (document cache, validation rules) stays in charge. A document that does not parse is left to the executer,
    // which reports the syntax error in the usual shape.
    private bool SelectsNonQueryOperation(GraphQLHttpRequest request)
    {
        GraphQLDocument document;
        try
        {
            document = documentBuilder.Build(request.Query);
        }
        catch (Exception ex) when (ex is ExecutionError or GraphQLParserException)
        {
            return false;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = request.OperationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(o => string.Equals(o.Name?.StringValue, request.OperationName, StringComparison.Ordinal));
        return operation is not null && operation.Operation != OperationType.Query;
    }

    private Task OnUnhandledExceptionAsync(UnhandledExceptionContext context)
    {
        var operationName = context.Context?.Operation.Name?.StringValue ?? context.ExecutionOptions.OperationName ?? "(anonymous)";
        var fieldPath = context.FieldContext is { } field ? string.Join('.', field.Path) : "(none)";

        foreach (var mapper in _exceptionMappers)
        {
            if (mapper.Map(context.OriginalException) is { } error)
            {
                LogMappedError(logger, context.OriginalException, operationName, fieldPath, error.Code);
                context.Exception = error;
                return Task.CompletedTask;
            }
        }

        LogUnhandled(logger, context.OriginalException, operationName, fieldPath);
        context.Exception = new ExecutionError("An unexpected error occurred on the server; it has been logged.")
        {
            Code = InternalErrorCode,
        };
        return Task.CompletedTask;
    }

    private Task WriteErrorAsync(HttpContext http, string mediaType, GraphQLHttpRequestError error)
    {
        Answered(http, null, error.Code, error.StatusCode);
        http.Response.StatusCode = error.StatusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult(new ExecutionError(error.Message) { Code = error.Code });
        return serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private void Answered(HttpContext http, string? operationName, string? errorCode, int? statusCode = null)
    {
        var outcome = new GraphQLHttpOutcome(operationName, statusCode ?? http.Response.StatusCode, errorCode);
        foreach (var listener in _listeners)
        {
            listener.OnAnswered(http, outcome);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in GraphQL operation {OperationName} at field {FieldPath}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string operationName, string fieldPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GraphQL operation {OperationName} refused at field {FieldPath} with {ErrorCode}")]
    private static partial void LogMappedError(ILogger logger, Exception exception, string operationName, string fieldPath, string? errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL {RequestMethod} request abandoned: the client disconnected")]
    private static partial void LogClientGone(ILogger logger, string requestMethod);
}
