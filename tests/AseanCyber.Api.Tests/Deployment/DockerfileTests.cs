namespace AseanCyber.Api.Tests.Deployment;

/// <summary>
/// What the build context holds. The build itself is rehearsed in <see cref="DockerBuildRehearsalTests"/>; this is the
/// part a rehearsal cannot see: local build output and secrets that must never reach an image.
/// </summary>
public sealed class DockerfileTests
{
    private readonly Dockerfile _dockerfile = Dockerfile.Load();

    [Fact]
    public void Dockerignore_keeps_build_output_and_npm_folders_out_of_the_context()
    {
        foreach (var path in new[]
        {
            "src/AseanCyber.Api/obj/project.assets.json", "src/AseanCyber.Graph/bin/Debug/net10.0/AseanCyber.Graph.dll",
            "src/AseanCyber.Api/node_modules/@chillicream/bananacakepop-graphql-ide/index.html", ".git/HEAD", "TestResults/x.trx",
            ".env", "src/AseanCyber.Api/App_Data/profiles/x.txt",
        })
        {
            Assert.True(_dockerfile.IsIgnored(path), $"{path} would be sent to the Docker build (and could overwrite the image's own).");
        }

        foreach (var path in new[] { "src/AseanCyber.Api/Program.cs", "src/AseanCyber.Api/package-lock.json", "cypher/README.md", "global.json" })
        {
            Assert.False(_dockerfile.IsIgnored(path), $"{path} is needed by the Docker build but .dockerignore leaves it out.");
        }
    }
}
