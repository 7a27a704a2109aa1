using GraphQL;

namespace AseanCyber.GraphQL.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request, from a POST body or a GET query string.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

/// <summary>Why a request is not a well-formed GraphQL-over-HTTP request: answered before any GraphQL execution.</summary>
public sealed record GraphQLHttpRequestError(int StatusCode, string Code, string Message);
