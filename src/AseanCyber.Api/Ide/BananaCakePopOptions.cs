namespace AseanCyber.Api.Ide;

/// <summary>Bound from the <c>Ide</c> configuration section.</summary>
public sealed class BananaCakePopOptions
{
    public const string SectionName = "Ide";

    /// <summary>False serves no IDE: a browser's GET of the GraphQL path then gets the endpoint's "missing query" 400.</summary>
    public bool Enabled { get; set; } = true;
}
