using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.RateLimiting.RateLimitRequests;

namespace PlanData.Api.Tests.RateLimiting;

public sealed class RateLimitRefillTests(RefillingBucketsApiFactory api) : IClassFixture<RefillingBucketsApiFactory>
{
    [Fact]
    public async Task A_refused_client_is_answered_again_after_the_retry_after_it_was_given()
    {
        var client = api.ClientFrom(RateLimitedApiFactory.NewAddress());

        // Until refused: a slow first request can let the bucket refill in between.
        RawResponse? refused = null;
        for (var i = 0; i < 50 && refused is null; i++)
        {
            var response = await client.SendRawAsync(AdHoc());
            refused = response.Status == 429 ? response : null;
        }

        Assert.NotNull(refused);
        Assert.Equal("1", refused.Header("Retry-After"));

        // Retry-After is whole seconds; the buckets are refilled on a 100 ms timer.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var later = await client.SendRawAsync(AdHoc());

        Assert.Equal(200, later.Status);
    }
}
