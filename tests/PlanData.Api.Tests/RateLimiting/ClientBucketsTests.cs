using PlanData.Api.RateLimiting;

namespace PlanData.Api.Tests.RateLimiting;

public sealed class ClientBucketsTests
{
    [Fact]
    public async Task The_buckets_of_clients_that_went_quiet_are_dropped()
    {
        const int clients = 100_000;
        using var buckets = new ClientBuckets(new RateLimitingOptions());

        for (var i = 0; i < clients; i++)
        {
            using var lease = buckets.Take($"ip:{i}", trusted: false);
            Assert.True(lease.IsAcquired);
        }

        var held = buckets.Count;

        // A bucket goes once it has been full for 10 s (the partitioned limiter's fixed idle time).
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (buckets.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Equal(clients, held);
        Assert.Equal(0, buckets.Count);
    }
}
