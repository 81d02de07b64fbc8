using GraphQL.DataLoader;

namespace PlanData.Api.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers ask for and loads them with one fetch when the first result is
/// awaited. GraphQL.NET runs every resolver of a level that returned an <see cref="IDataLoaderResult"/>
/// before awaiting any of them, so one level of a query costs one SQL statement however many parents it has.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }

        return new Result(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0 && !_loaded.ContainsKey(key))
        {
            var keys = _pending.ToList();
            _pending.Clear();
            var values = await fetch(keys, cancellationToken);
            foreach (var pendingKey in keys)
            {
                _loaded[pendingKey] = values.TryGetValue(pendingKey, out var value) ? value : missing;
            }
        }

        return _loaded.TryGetValue(key, out var loaded) ? loaded : missing;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
