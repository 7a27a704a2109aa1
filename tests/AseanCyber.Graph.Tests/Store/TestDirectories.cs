namespace AseanCyber.Graph.Tests.Store;

/// <summary>Fresh folders under the system temp folder, deleted with their contents on dispose.</summary>
public sealed class TestDirectories : IDisposable
{
    private readonly List<string> _created = [];

    public string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "aseancyber-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        _created.Add(path);
        return path;
    }

    public void Dispose()
    {
        foreach (var path in _created)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temp folder must not fail the test run.
            }
        }
    }
}
