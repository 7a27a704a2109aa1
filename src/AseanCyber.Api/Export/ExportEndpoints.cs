using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AseanCyber.Api.GraphQL;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;
using AseanCyber.GraphQL.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AseanCyber.Api.Export;

/// <summary>
/// <c>GET /export/graph.graphml</c>, <c>/export/nodes.csv</c>, <c>/export/edges.csv</c> and <c>/export/graph.cypher</c>:
/// the whole graph, or with <c>?profile=&lt;id&gt;</c> one profile's subgraph, as a download. Reads are open like queries.
/// The answer is streamed a page at a time (<see cref="ExportOptions.PageSize"/> entries): nothing is sent until the
/// first page is written, so a failure before it is a JSON error with a code; one after it aborts the download, so a
/// cut-off file is never taken for a whole one.
/// </summary>
public static partial class ExportEndpoints
{
    public const string ProfileParameter = "profile";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExportOptions>().Bind(configuration.GetSection(ExportOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ExportOptions>, ExportOptionsValidator>();
        services.AddSingleton<ExportGate>();
        return services;
    }

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        foreach (var format in ExportFormat.All)
        {
            endpoints.MapGet("/export/" + format.FileName, (HttpContext http) => ExportAsync(http, format));
        }

        return endpoints;
    }

    private static async Task ExportAsync(HttpContext http, ExportFormat format)
    {
        var services = http.RequestServices;
        var store = services.GetRequiredService<IGraphStore>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExportEndpoints).FullName!);
        var cancellationToken = http.RequestAborted;
        var (profileId, invalid) = ReadProfileParameter(http.Request.Query);
        if (invalid is not null)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ApiErrors.InvalidArgument, invalid);
            return;
        }

        var gate = services.GetRequiredService<ExportGate>();
        if (!gate.TryEnter())
        {
            await WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, ApiErrors.ExportBusy,
                $"{gate.Capacity} export(s) are running, as many as Export:MaxConcurrent allows; try again in a moment.", retryAfterSeconds: "1");
            return;
        }

        // One version of the graph for the whole file (the embedded graph pins its snapshot; see IGraphStore.PinReads).
        using var pin = store.PinReads();
        try
        {
            var scope = ExportScope.Whole;
            if (profileId is not null)
            {
                var found = await store.GetNodesAsync([profileId], cancellationToken);
                if (found.GetValueOrDefault(profileId) is not Profile profile)
                {
                    await WriteErrorAsync(http, StatusCodes.Status404NotFound, GraphErrorCodes.NodeNotFound, $"No profile has the id '{profileId}'.");
                    return;
                }

                scope = new ExportScope(profile);
            }

            using var buffer = new MemoryStream();
            await using var text = new StreamWriter(buffer, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
            var writer = format.CreateWriter(text, scope);
            var sink = new ResponseSink(http, format, scope, writer, text, buffer);
            writer.Begin();
            await new GraphExportWalker(store, services.GetRequiredService<IOptions<ExportOptions>>().Value.PageSize)
                .WalkAsync(scope, sink, cancellationToken);
            writer.Finish();
            await sink.SendAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || http.Response.HasStarted)
        {
            // The client went away (or stopped reading); nothing to answer.
        }
        catch (GraphStoreException e) when (!http.Response.HasStarted)
        {
            await WriteErrorAsync(http, StatusOf(e.Code), e.Code, e.Message);
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            LogFailed(logger, e, http.Request.Path);
            await WriteErrorAsync(http, StatusCodes.Status500InternalServerError, GraphQLErrorCodes.InternalServerError, "The export failed; the server log says why.");
        }
        catch (Exception e)
        {
            LogFailed(logger, e, http.Request.Path);
            http.Abort();
        }
        finally
        {
            gate.Exit();
        }
    }

    /// <summary>The profile id asked for (null: the whole graph), or why the query string is refused.</summary>
    internal static (string? ProfileId, string? Error) ReadProfileParameter(IQueryCollection query)
    {
        var unknown = query.Keys.FirstOrDefault(k => !string.Equals(k, ProfileParameter, StringComparison.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            return (null, $"The export takes one query parameter, '{ProfileParameter}'; '{Shorten(unknown)}' is not known.");
        }

        if (!query.TryGetValue(ProfileParameter, out var values))
        {
            return (null, null);
        }

        if (values.Count != 1)
        {
            return (null, $"Give '{ProfileParameter}' once.");
        }

        // Spelt as queries take ids ("PROFILE:ASEAN" is profile:asean), so a link copied from a query's answer works.
        var id = NodeIdSpelling.Canonical((values[0] ?? "").Trim());
        return NodeIds.PrefixOf(id) == NodeIds.ProfilePrefix && id.Length > NodeIds.ProfilePrefix.Length + 1 && id.Length <= 200
            ? (id, null)
            : (null, $"'{ProfileParameter}' must be a profile id such as profile:asean; got '{Shorten(id)}'.");
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";

    private static int StatusOf(string code) => code switch
    {
        GraphErrorCodes.NodeNotFound => StatusCodes.Status404NotFound,
        GraphErrorCodes.Neo4jUnavailable or GraphErrorCodes.Neo4jUnauthorized => StatusCodes.Status503ServiceUnavailable,
        GraphErrorCodes.Neo4jError => StatusCodes.Status502BadGateway,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The API's error shape, <c>{"errors": [{"message", "extensions": {"code"}}]}</c>.</summary>
    private static async Task WriteErrorAsync(HttpContext http, int status, string code, string message, string? retryAfterSeconds = null)
    {
        http.Response.Clear();
        http.Response.StatusCode = status;
        if (retryAfterSeconds is not null)
        {
            http.Response.Headers.RetryAfter = retryAfterSeconds;
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.Body, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("errors");
        json.WriteStartObject();
        json.WriteString("message", message);
        json.WriteStartObject("extensions");
        json.WriteString("code", code);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Export {Path} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string path);

    /// <summary>Sends each page the walk wrote; the headers go with the first.</summary>
    private sealed class ResponseSink(HttpContext http, ExportFormat format, ExportScope scope, ExportWriter writer, StreamWriter text, MemoryStream buffer)
        : IExportSink
    {
        public void Node(ExportNode node) => writer.Node(node);

        public void Edge(ExportEdge edge) => writer.Edge(edge);

        public Task EndBatchAsync(CancellationToken cancellationToken)
        {
            writer.EndBatch();
            return SendAsync(cancellationToken);
        }

        public async Task SendAsync(CancellationToken cancellationToken)
        {
            await text.FlushAsync(cancellationToken);
            if (buffer.Length == 0)
            {
                return;
            }

            var response = http.Response;
            if (!response.HasStarted)
            {
                response.StatusCode = StatusCodes.Status200OK;
                response.ContentType = format.ContentType;
                response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = format.DownloadName(scope) }.ToString();
            }

            var sent = await response.BodyWriter.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
            buffer.SetLength(0);
            if (sent.IsCanceled || sent.IsCompleted)
            {
                throw new OperationCanceledException("The client stopped reading the export.", cancellationToken);
            }
        }
    }
}
