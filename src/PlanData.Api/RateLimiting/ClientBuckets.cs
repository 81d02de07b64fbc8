using System.Threading.RateLimiting;

namespace PlanData.Api.RateLimiting;

/// <summary>
/// A token bucket per client and kind of request. The partitioned limiter drops a bucket that has
/// been full for 10 s, so memory follows the number of recently active clients, not of all clients ever seen.
/// </summary>
public sealed class ClientBuckets : IDisposable
{
    private readonly PartitionedRateLimiter<Bucket> _limiter;
    private int _count;

    public ClientBuckets(RateLimitingOptions options)
    {
        _limiter = PartitionedRateLimiter.Create<Bucket, Bucket>(bucket => RateLimitPartition.Get(bucket, key =>
        {
            Interlocked.Increment(ref _count);
            var settings = options.BucketOf(RateLimitedClient.NameOf(key.Client), key.Trusted);
            return new CountedTokenBucket(settings.ToLimiterOptions(), () => Interlocked.Decrement(ref _count));
        }));
    }

    /// <summary>The buckets held now.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Takes one token; a lease that was not acquired carries the time until one is back (<see cref="MetadataName.RetryAfter"/>).</summary>
    public RateLimitLease Take(string client, bool trusted) => _limiter.AttemptAcquire(new Bucket(client, trusted));

    public void Dispose() => _limiter.Dispose();

    private readonly record struct Bucket(string Client, bool Trusted);
}
