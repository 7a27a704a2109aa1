using System.Xml.Linq;
using AseanCyber.Api.Tests.Contract;

namespace AseanCyber.Api.Tests.Deployment;

/// <summary>
/// The Dockerfile's contract, read as text (no Docker engine here): SDK build stage, aspnet runtime stage as a non-root user
/// on 8080, and every path it copies present in the build context.
/// </summary>
public sealed class DockerfileTests
{
    private const string SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0";
    private const string RuntimeImage = "mcr.microsoft.com/dotnet/aspnet:10.0";

    private readonly Dockerfile _dockerfile = Dockerfile.Load();
    private readonly string _root = SchemaSnapshotTests.RepositoryRoot();

    [Fact]
    public void Builds_on_the_sdk_and_runs_on_the_aspnet_image()
    {
        var images = _dockerfile.Instructions.Where(i => i.Keyword == "FROM").Select(i => i.Image).ToList();

        Assert.True(images.Count >= 2, "The Dockerfile should be multi-stage.");
        Assert.Contains(SdkImage, images);
        Assert.Equal(RuntimeImage, images[^1]);
    }

    [Fact]
    public void Build_stage_copies_the_cypher_folder_the_graph_project_embeds()
    {
        Assert.Contains(
            _dockerfile.Instructions.Where(i => i.Keyword == "COPY" && i.Flag("from") is null),
            i => i.Sources.Any(s => s.TrimEnd('/') == "cypher"));
    }

    [Fact]
    public void Restore_layer_has_every_project_and_build_setting_it_needs()
    {
        var restore = _dockerfile.Instructions.ToList().FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        Assert.True(restore >= 0, "No `dotnet restore` step: the package layer would be rebuilt on every source change.");
        var copiedBefore = _dockerfile.Instructions.Take(restore)
            .Where(i => i.Keyword == "COPY" && i.Flag("from") is null)
            .SelectMany(i => i.Sources)
            .ToHashSet(StringComparer.Ordinal);

        var needed = ProjectClosure("src/AseanCyber.Api/AseanCyber.Api.csproj")
            .Concat(new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", "Directory.Build.targets", "NuGet.config", ".editorconfig" }
                .Where(f => File.Exists(Path.Combine(_root, f))));
        foreach (var path in needed)
        {
            Assert.True(copiedBefore.Contains(path), $"{path} is not copied before `dotnet restore`.");
        }
    }

    [Fact]
    public void Every_copied_path_exists_and_is_in_the_build_context()
    {
        var sources = _dockerfile.Instructions
            .Where(i => i.Keyword is "COPY" or "ADD" && i.Flag("from") is null)
            .SelectMany(i => i.Sources)
            .ToList();

        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            var path = source.TrimEnd('/');
            Assert.True(File.Exists(Path.Combine(_root, path)) || Directory.Exists(Path.Combine(_root, path)), $"COPY {source}: no such path in the repository.");
            Assert.False(_dockerfile.IsIgnored(path), $"COPY {source}: .dockerignore leaves it out of the build context.");
        }
    }

    [Fact]
    public void Dockerignore_keeps_build_output_and_npm_folders_out_of_the_context()
    {
        foreach (var path in new[]
        {
            "src/AseanCyber.Api/obj/project.assets.json", "src/AseanCyber.Graph/bin/Debug/net10.0/AseanCyber.Graph.dll",
            "src/AseanCyber.Api/node_modules/@chillicream/bananacakepop-graphql-ide/index.html", ".git/HEAD", "TestResults/x.trx",
        })
        {
            Assert.True(_dockerfile.IsIgnored(path), $"{path} would be sent to the Docker build (and could overwrite the image's own).");
        }

        foreach (var path in new[] { "src/AseanCyber.Api/Program.cs", "src/AseanCyber.Api/package-lock.json", "cypher/README.md", "global.json" })
        {
            Assert.False(_dockerfile.IsIgnored(path), $"{path} is needed by the Docker build but .dockerignore leaves it out.");
        }
    }

    [Fact]
    public void Banana_Cake_Pop_comes_from_an_npm_stage_and_the_publish_step_does_not_run_npm()
    {
        var npmStage = _dockerfile.Instructions.Single(i => i.Keyword == "RUN" && i.Arguments.StartsWith("npm ci", StringComparison.Ordinal)).Stage;
        var stageName = _dockerfile.Stage(npmStage).First().Arguments.Split(' ')[^1];
        Assert.Contains(_dockerfile.Stage(npmStage), i => i.Keyword == "COPY" && i.Sources.Contains("src/AseanCyber.Api/package-lock.json"));
        Assert.Contains(_dockerfile.Instructions, i => i.Keyword == "COPY" && i.Flag("from") == stageName && i.Destination.TrimEnd('/') == "src/AseanCyber.Api/node_modules");

        var publish = Assert.Single(_dockerfile.Instructions, i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal));
        Assert.Contains("src/AseanCyber.Api", publish.Arguments, StringComparison.Ordinal);
        Assert.Contains("-c Release", publish.Arguments, StringComparison.Ordinal);
        Assert.Contains("-o /app", publish.Arguments, StringComparison.Ordinal);
        Assert.Contains("-p:SkipIdeNpmInstall=true", publish.Arguments, StringComparison.Ordinal);
        Assert.DoesNotContain(_dockerfile.Instructions, i => i.Arguments.Contains("dotnet test", StringComparison.Ordinal));

        // The switch the publish step passes must be the one the csproj's npm target obeys.
        var target = XDocument.Load(Path.Combine(_root, "src/AseanCyber.Api/AseanCyber.Api.csproj")).Root!
            .Elements("Target").Single(t => (string?)t.Attribute("Name") == "InstallIdePackage");
        Assert.Contains("'$(SkipIdeNpmInstall)' != 'true'", (string?)target.Attribute("Condition") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Runtime_stage_runs_the_api_as_a_non_root_user_on_8080()
    {
        var final = _dockerfile.FinalStage.ToList();

        Assert.Contains(final, i => i.Keyword == "COPY" && i.Flag("from") is not null && i.Sources.Contains("/app"));
        var user = final.Last(i => i.Keyword == "USER").Arguments;
        Assert.DoesNotContain(user, new[] { "root", "0", "0:0", "root:root" });
        Assert.Contains(final, i => i.Keyword == "EXPOSE" && i.Words.Contains("8080"));
        Assert.Contains(final, i => i.Keyword == "ENV" && i.Arguments.Replace(' ', '=').Contains("ASPNETCORE_HTTP_PORTS=8080", StringComparison.Ordinal));
        Assert.Equal(["dotnet", "AseanCyber.Api.dll"], final.Single(i => i.Keyword == "ENTRYPOINT").Words);
    }

    /// <summary>A project and every project it references, as repository-relative paths with '/'.</summary>
    private List<string> ProjectClosure(string project)
    {
        var result = new List<string>();
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (result.Contains(current))
            {
                continue;
            }

            result.Add(current);
            var directory = Path.GetDirectoryName(Path.Combine(_root, current))!;
            foreach (var reference in XDocument.Load(Path.Combine(_root, current)).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(Path.Combine(directory, ((string)reference.Attribute("Include")!).Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(_root, full).Replace('\\', '/'));
            }
        }

        return result;
    }
}
