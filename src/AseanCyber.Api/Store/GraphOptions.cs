using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Store;

/// <summary>Configuration section "Graph": which adapter serves the store port, and how it starts.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";
    public const string Embedded = "Embedded";
    public const string Neo4j = "Neo4j";

    /// <summary>"Embedded" (in-process, the default) or "Neo4j" (configured by the "Neo4j" section).</summary>
    public string Provider { get; set; } = Embedded;

    /// <summary>Embedded only: where imported profile texts are kept (relative paths: under the content root).</summary>
    public string DataDirectory { get; set; } = "App_Data/profiles";

    /// <summary>At start-up, import the bundled profiles the store does not hold yet (both providers).</summary>
    public bool SeedOnStartup { get; set; } = true;

    public bool IsNeo4j => string.Equals(Provider, Neo4j, StringComparison.OrdinalIgnoreCase);

    public bool IsEmbedded => string.Equals(Provider, Embedded, StringComparison.OrdinalIgnoreCase);

    public static string UnknownProvider(string? provider) =>
        $"Graph:Provider '{provider}' is not known; use '{Embedded}' (the default) or '{Neo4j}'.";
}

/// <summary>Checked at start-up (ValidateOnStart), so a bad "Graph" section fails loudly before the first request.</summary>
public sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsEmbedded && !options.IsNeo4j)
        {
            return ValidateOptionsResult.Fail(GraphOptions.UnknownProvider(options.Provider));
        }

        return options.IsEmbedded && string.IsNullOrWhiteSpace(options.DataDirectory)
            ? ValidateOptionsResult.Fail("Graph:DataDirectory is empty; name the folder where imported profiles are kept (default App_Data/profiles).")
            : ValidateOptionsResult.Success;
    }
}
