namespace AseanCyber.Api.GraphQL;

/// <summary>
/// Per-request context the HTTP endpoint builds for the executor: whether the caller may run mutations, and if not, why
/// (no key configured on the server, no or a wrong bearer token), so the mutation can say exactly what to do.
/// </summary>
public sealed class ApiUserContext : Dictionary<string, object?>
{
    public required bool CanMutate { get; init; }

    /// <summary>Null when <see cref="CanMutate"/>; otherwise the error code and message a mutation reports.</summary>
    public MutationDenial? Denial { get; init; }
}

public sealed record MutationDenial(string Code, string Message);
