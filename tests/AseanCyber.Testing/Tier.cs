namespace AseanCyber.Testing;

/// <summary>
/// The two test tiers. Fast: unit tests and in-process API tests (the default, no trait). External: tests that start
/// programs outside .NET (node and npm packages, Chromium, a Docker-less build of the image), marked
/// <c>[Trait(Tier.Name, Tier.External)]</c>. <c>dotnet test AseanCyber.sln</c> runs both;
/// <c>--filter "Tier!=External"</c> runs the fast tier alone.
/// </summary>
public static class Tier
{
    public const string Name = "Tier";
    public const string External = "External";
}
