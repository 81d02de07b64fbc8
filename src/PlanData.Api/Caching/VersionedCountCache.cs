using PlanData.Api.Storage;
using PlanData.Querying;

namespace PlanData.Api.Caching;

/// <summary>The machinery's totals, kept in the <see cref="CountCache"/> under the data version the request reads.</summary>
public sealed class VersionedCountCache(CountCache cache, DatabaseSnapshot snapshot) : ICountCache
{
    public Func<CancellationToken, Task<int>> Wrap(string key, Func<CancellationToken, Task<int>> count) =>
        cache.Wrap(snapshot.Version, key, count);
}
