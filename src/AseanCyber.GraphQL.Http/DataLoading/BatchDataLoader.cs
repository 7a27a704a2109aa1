using GraphQL.DataLoader;

namespace AseanCyber.GraphQL.Http.DataLoading;

/// <summary>
/// Collects the keys asked for while one level of the query resolves and loads them in a single batch call when the
/// executor first awaits a result. One instance per request (scoped), so its cache never outlives the request.
/// Thread-safe: GraphQL.NET resolves sibling fields in parallel.
/// </summary>
public abstract class BatchDataLoader<TKey, TValue>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Result> _results = new(comparer);
    private Batch? _pending;

    public IDataLoaderResult<TValue> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (_results.TryGetValue(key, out var existing))
            {
                return existing;
            }

            _pending ??= new Batch();
            _pending.Keys.Add(key);
            var result = new Result(this, _pending, key);
            _results.Add(key, result);
            return result;
        }
    }

    /// <summary>Loads every key in one call; keys missing from the answer resolve to <see cref="Missing"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected virtual TValue Missing(TKey key) => default!;

    private Task<IReadOnlyDictionary<TKey, TValue>> DispatchAsync(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Task is null)
            {
                if (ReferenceEquals(_pending, batch))
                {
                    _pending = null;
                }

                batch.Task = LoadBatchAsync(batch.Keys, cancellationToken);
            }

            return batch.Task;
        }
    }

    private sealed class Batch
    {
        public List<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>>? Task { get; set; }
    }

    private sealed class Result(BatchDataLoader<TKey, TValue> loader, Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await loader.DispatchAsync(batch, cancellationToken).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : loader.Missing(key);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
