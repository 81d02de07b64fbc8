using System.Threading.RateLimiting;

namespace PlanData.Api.RateLimiting;

/// <summary>A token bucket that tells its owner when it is dropped, so that the number of live buckets can be watched.</summary>
internal sealed class CountedTokenBucket(TokenBucketRateLimiterOptions options, Action dropped) : ReplenishingRateLimiter
{
    private readonly TokenBucketRateLimiter _bucket = new(options);
    private int _disposed;

    public override TimeSpan? IdleDuration => _bucket.IdleDuration;

    public override bool IsAutoReplenishing => _bucket.IsAutoReplenishing;

    public override TimeSpan ReplenishmentPeriod => _bucket.ReplenishmentPeriod;

    public override bool TryReplenish() => _bucket.TryReplenish();

    public override RateLimiterStatistics? GetStatistics() => _bucket.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => _bucket.AttemptAcquire(permitCount);

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        _bucket.AcquireAsync(permitCount, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _bucket.Dispose();
            dropped();
        }
    }

    protected override ValueTask DisposeAsyncCore()
    {
        Dispose(true);
        return ValueTask.CompletedTask;
    }
}
