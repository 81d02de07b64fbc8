using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PlanData.Api.Caching;

/// <summary>
/// Whole responses, keyed by <see cref="ResponseCacheKey"/>. The data only changes on import, which
/// brings a new version and so new keys: nothing stale is ever served, and entries of older versions
/// are dropped as soon as a response of a newer one is stored. Bounded in bytes; when full, the least
/// recently used quarter goes.
/// </summary>
public sealed class ResponseCache(IOptions<ResponseCacheOptions> options)
{
    private readonly ResponseCacheOptions _options = options.Value;
    private readonly ConcurrentDictionary<ResponseCacheKey, CachedResponse> _entries = new();
    private readonly Lock _evicting = new();
    private long _bytes;
    private long _clock;
    private string? _version;

    public bool Enabled => _options.Enabled;

    public long Bytes => Interlocked.Read(ref _bytes);

    public int Count => _entries.Count;

    public bool TryGet(ResponseCacheKey key, out CachedResponse response)
    {
        if (_entries.TryGetValue(key, out response!))
        {
            response.LastUsed = Interlocked.Increment(ref _clock);
            return true;
        }

        return false;
    }

    public void Add(ResponseCacheKey key, CachedResponse response)
    {
        if (response.Body.Length > _options.MaxEntryBytes || response.Body.Length > _options.MaxBytes)
        {
            return;
        }

        if (!string.Equals(Volatile.Read(ref _version), key.Version, StringComparison.Ordinal))
        {
            DropOtherVersions(key.Version);
        }

        response.LastUsed = Interlocked.Increment(ref _clock);
        if (_entries.TryAdd(key, response) && Interlocked.Add(ref _bytes, response.Body.Length) > _options.MaxBytes)
        {
            Evict();
        }
    }

    /// <summary>A request still reading the previous version may store its answer after this: it is dropped on the next change, or evicted.</summary>
    private void DropOtherVersions(string version)
    {
        lock (_evicting)
        {
            _version = version;
            foreach (var (key, entry) in _entries)
            {
                if (key.Version != version && _entries.TryRemove(key, out _))
                {
                    Interlocked.Add(ref _bytes, -entry.Body.Length);
                }
            }
        }
    }

    private void Evict()
    {
        lock (_evicting)
        {
            if (Interlocked.Read(ref _bytes) <= _options.MaxBytes)
            {
                return;
            }

            var oldest = _entries.OrderBy(e => e.Value.LastUsed).Take(Math.Max(1, _entries.Count / 4)).ToList();
            foreach (var (key, entry) in oldest)
            {
                if (_entries.TryRemove(key, out _))
                {
                    Interlocked.Add(ref _bytes, -entry.Body.Length);
                }
            }
        }
    }
}
