namespace AseanCyber.Api.Http;

/// <summary>Bound from the <c>Auth</c> configuration section.</summary>
public sealed class ApiAuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>The key mutations need as <c>Authorization: Bearer &lt;key&gt;</c>; empty disables mutations.</summary>
    public string? ApiKey { get; set; }
}
