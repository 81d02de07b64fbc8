using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PlanData.Api.Caching;

/// <summary>
/// Totals of lists, per data version and filter. The data changes only on import, which brings a new
/// version and so new keys: a total is counted in SQL once per version and filter. Dashboards poll the
/// same few counts; when <see cref="MaxEntries"/> totals are held (a flood of distinct filters, or
/// versions gone by), all are forgotten and counting starts afresh.
/// </summary>
public sealed class CountCache(IOptions<CountCacheOptions> options)
{
    private readonly bool _enabled = options.Value.Enabled;

    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<(string Version, string Key), int> _totals = new();

    public int Count => _totals.Count;

    /// <summary><paramref name="count"/>, answered from the cache when this version has counted <paramref name="key"/> before.</summary>
    public Func<CancellationToken, Task<int>> Wrap(string version, string key, Func<CancellationToken, Task<int>> count) =>
        !_enabled ? count : async cancellationToken =>
        {
            if (_totals.TryGetValue((version, key), out var known))
            {
                return known;
            }

            var total = await count(cancellationToken);
            if (_totals.Count >= MaxEntries)
            {
                _totals.Clear();
            }

            _totals.TryAdd((version, key), total);
            return total;
        };
}
