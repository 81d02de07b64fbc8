using static PlanData.Api.Tests.RateLimiting.RateLimitRequests;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.RateLimiting;

public sealed class RateLimitingOffTests(RateLimitingOffApiFactory api) : IClassFixture<RateLimitingOffApiFactory>
{
    [Fact]
    public async Task With_rate_limiting_switched_off_no_request_is_refused()
    {
        var client = api.ClientFrom(RateLimitedApiFactory.NewAddress());

        var adHoc = await client.StatusesAsync(5, () => AdHoc());
        var trusted = await client.StatusesAsync(5, Trusted);
        var last = await client.SendRawAsync(AdHoc());

        Assert.Equal([200, 200, 200, 200, 200], adHoc);
        Assert.Equal([200, 200, 200, 200, 200], trusted);
        Assert.Null(last.Header("Retry-After"));
    }
}
