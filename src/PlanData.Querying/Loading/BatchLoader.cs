using GraphQL.DataLoader;

namespace PlanData.Querying.Loading;

/// <summary>
/// Collects the keys that resolvers ask for and loads them with one fetch when the first result is
/// awaited. GraphQL.NET runs every resolver of a level that returned an <see cref="IDataLoaderResult"/>
/// before awaiting any of them, so one level of a query costs one SQL statement however many parents it has.
/// Every key waits on the fetch that loads it: when that fetch fails, each field that asked for one of its
/// keys fails with it, rather than reading an empty list or a null it did not get.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> _batches = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_lock)
        {
            if (!_batches.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return new Result(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<TKey, TValue>> batch;
        lock (_lock)
        {
            if (!_batches.TryGetValue(key, out batch!))
            {
                // The first result awaited starts the fetch of every key asked for so far.
                _pending.Add(key);
                var keys = _pending.ToList();
                _pending.Clear();
                batch = fetch(keys, cancellationToken);
                foreach (var pendingKey in keys)
                {
                    _batches[pendingKey] = batch;
                }
            }
        }

        var values = await batch;
        return values.TryGetValue(key, out var value) ? value : missing;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
