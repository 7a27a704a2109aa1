using System.Security.Cryptography;
using System.Text;
using AseanCyber.Api.GraphQL;
using AseanCyber.GraphQL.Http;
using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Http;

/// <summary>
/// Builds the per-request <see cref="ApiUserContext"/>: queries are open to everyone, mutations need the configured
/// API key as a bearer token. The denial says exactly what is missing so a client can fix it.
/// </summary>
public sealed class ApiUserContextFactory(IOptionsMonitor<ApiAuthOptions> options) : IGraphQLUserContextFactory
{
    public const string NotConfiguredCode = "AUTH_NOT_CONFIGURED";
    public const string RequiredCode = "AUTH_REQUIRED";
    public const string InvalidCode = "AUTH_INVALID";

    private const string BearerPrefix = "Bearer ";

    private static readonly MutationDenial NotConfigured = new(
        NotConfiguredCode,
        "Mutations are disabled because this server has no API key. Set the configuration value 'Auth:ApiKey' "
        + "(environment variable 'Auth__ApiKey'), restart the server, and send the key as 'Authorization: Bearer <key>'.");

    private static readonly MutationDenial Required = new(
        RequiredCode,
        "Mutations need the API key: send the HTTP header 'Authorization: Bearer <key>'.");

    private static readonly MutationDenial WrongScheme = new(
        InvalidCode,
        "The Authorization header must have the form 'Bearer <key>'.");

    private static readonly MutationDenial WrongKey = new(
        InvalidCode,
        "The API key in the Authorization header is not valid.");

    IDictionary<string, object?> IGraphQLUserContextFactory.Create(HttpContext http) => Create(http.Request);

    public ApiUserContext Create(HttpRequest request)
    {
        var configuredKey = options.CurrentValue.ApiKey;
        if (string.IsNullOrWhiteSpace(configuredKey))
        {
            return Deny(NotConfigured);
        }

        var authorization = request.Headers.Authorization;
        if (authorization.Count == 0 || string.IsNullOrWhiteSpace(authorization[0]))
        {
            return Deny(Required);
        }

        var value = authorization.Count == 1 ? authorization[0]! : string.Empty;
        if (!value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Deny(WrongScheme);
        }

        var presentedKey = value[BearerPrefix.Length..].Trim();
        return KeysMatch(presentedKey, configuredKey)
            ? new ApiUserContext { CanMutate = true }
            : Deny(WrongKey);
    }

    // Comparing fixed-size hashes in constant time hides both the key's content and its length from timing.
    private static bool KeysMatch(string presented, string configured) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)));

    private static ApiUserContext Deny(MutationDenial denial) => new() { CanMutate = false, Denial = denial };
}
