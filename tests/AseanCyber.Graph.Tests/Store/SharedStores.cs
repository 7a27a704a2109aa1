using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// Stores that no test writes to, built once per contract class (an xunit class fixture: one per adapter) and kept, with
/// what they hold open, until the class has run. Tests of one class run one at a time, so a store is never built twice.
/// </summary>
public sealed class SharedStores : IDisposable
{
    private readonly Dictionary<string, Task<IGraphStore>> _stores = new(StringComparer.Ordinal);
    private readonly List<IDisposable> _resources = [];

    /// <summary>The store named <paramref name="key"/>, built by <paramref name="build"/> (which gives what it opens to the list it is handed) the first time.</summary>
    public Task<IGraphStore> GetOrBuildAsync(string key, Func<List<IDisposable>, Task<IGraphStore>> build)
    {
        lock (_stores)
        {
            if (!_stores.TryGetValue(key, out var store) || store.IsFaulted || store.IsCanceled)
            {
                store = build(_resources);
                _stores[key] = store;
            }

            return store;
        }
    }

    public void Dispose()
    {
        for (var i = _resources.Count - 1; i >= 0; i--)
        {
            _resources[i].Dispose();
        }
    }
}
