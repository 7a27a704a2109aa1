using AseanCyber.GraphQL.Http;
using Serilog;

namespace AseanCyber.Api.Http;

/// <summary>Adds the GraphQL operation name and the first error code to the request's one log line.</summary>
public sealed class RequestLogListener(IDiagnosticContext? requestLog = null) : IGraphQLHttpRequestListener
{
    public void OnAnswered(HttpContext http, GraphQLHttpOutcome outcome)
    {
        requestLog?.Set("GraphQLOperationName", outcome.OperationName);
        if (outcome.ErrorCode is not null)
        {
            requestLog?.Set("GraphQLErrorCode", outcome.ErrorCode);
        }
    }
}
