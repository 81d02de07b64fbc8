using static PlanData.Api.Tests.RateLimiting.RateLimitRequests;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.RateLimiting;

/// <summary>Each client has a bucket of ad-hoc requests and one of trusted operations; an empty bucket means 429.</summary>
public sealed class RateLimitingTests(SmallBucketsApiFactory api) : IClassFixture<SmallBucketsApiFactory>
{
    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData("application/json")]
    public async Task A_burst_over_the_limit_gets_429_with_retry_after_and_a_graphql_error(string accept)
    {
        var client = api.ClientFrom(RateLimitedApiFactory.NewAddress());

        var accepted = await client.StatusesAsync(3, () => AdHoc(accept));
        var refused = await client.SendRawAsync(AdHoc(accept));

        Assert.Equal([200, 200, 200], accepted);
        Assert.Equal(429, refused.Status);
        Assert.Equal(accept, refused.MediaType);
        Assert.Equal("60", refused.Header("Retry-After"));
        Assert.Equal("no-store", refused.CacheControl);
        Assert.Null(refused.ETag);
        Assert.False(refused.Json.ContainsKey("data"));
        Assert.Equal("RATE_LIMITED", refused.ErrorCode);
        Assert.Equal(60, (int?)refused.SingleError["extensions"]!["retryAfter"]);
        Assert.Contains("60 s", (string?)refused.SingleError["message"]);
    }

    [Fact]
    public async Task Another_address_has_its_own_bucket()
    {
        var first = api.ClientFrom(RateLimitedApiFactory.NewAddress());
        var second = api.ClientFrom(RateLimitedApiFactory.NewAddress());

        var firstStatuses = await first.StatusesAsync(4, () => AdHoc());
        var secondStatuses = await second.StatusesAsync(3, () => AdHoc());

        Assert.Equal([200, 200, 200, 429], firstStatuses);
        Assert.Equal([200, 200, 200], secondStatuses);
        Assert.Equal(429, (await first.SendRawAsync(AdHoc())).Status);
    }

    [Fact]
    public async Task Another_api_key_client_has_its_own_bucket_on_the_same_address()
    {
        var address = RateLimitedApiFactory.NewAddress();
        var one = api.ClientFrom(address, apiKeyClient: "dashboard");
        var other = api.ClientFrom(address, apiKeyClient: "reports");
        var anonymous = api.ClientFrom(address);

        var oneStatuses = await one.StatusesAsync(4, () => AdHoc());
        var otherStatuses = await other.StatusesAsync(4, () => AdHoc());
        var anonymousStatuses = await anonymous.StatusesAsync(3, () => AdHoc());

        Assert.Equal([200, 200, 200, 429], oneStatuses);
        Assert.Equal([200, 200, 200, 429], otherStatuses);
        Assert.Equal([200, 200, 200], anonymousStatuses);
    }

    [Fact]
    public async Task A_client_with_limits_of_its_own_gets_them_and_the_default_refill_for_what_it_leaves_out()
    {
        var platform = api.ClientFrom(RateLimitedApiFactory.NewAddress(), apiKeyClient: "platform");

        var accepted = await platform.StatusesAsync(6, () => AdHoc());
        var refused = await platform.SendRawAsync(AdHoc());

        Assert.Equal([200, 200, 200, 200, 200, 200], accepted);
        Assert.Equal(429, refused.Status);
        Assert.Equal("60", refused.Header("Retry-After"));
    }

    [Fact]
    public async Task Addresses_in_one_ipv6_64_network_share_a_bucket_and_another_network_has_its_own()
    {
        var one = api.ClientFrom("2001:db8:1:1::a");
        var neighbour = api.ClientFrom("2001:db8:1:1:ffff::b");
        var elsewhere = api.ClientFrom("2001:db8:1:2::a");

        var oneStatuses = await one.StatusesAsync(3, () => AdHoc());
        var neighbourStatus = (await neighbour.SendRawAsync(AdHoc())).Status;
        var elsewhereStatus = (await elsewhere.SendRawAsync(AdHoc())).Status;

        Assert.Equal([200, 200, 200], oneStatuses);
        Assert.Equal(429, neighbourStatus);
        Assert.Equal(200, elsewhereStatus);
    }

    [Fact]
    public async Task Trusted_operations_still_answer_when_the_ad_hoc_bucket_is_empty()
    {
        var client = api.ClientFrom(RateLimitedApiFactory.NewAddress());

        var adHoc = await client.StatusesAsync(4, () => AdHoc());
        var trusted = await client.StatusesAsync(2, Trusted);
        var refused = await client.SendRawAsync(Trusted());

        Assert.Equal([200, 200, 200, 429], adHoc);
        Assert.Equal([200, 200], trusted);
        Assert.Equal(429, refused.Status);
        Assert.Equal("RATE_LIMITED", refused.ErrorCode);
    }

    [Fact]
    public async Task Ad_hoc_requests_still_answer_when_the_trusted_bucket_is_empty()
    {
        var client = api.ClientFrom(RateLimitedApiFactory.NewAddress());

        var trusted = await client.StatusesAsync(3, Trusted);
        var adHoc = await client.StatusesAsync(3, () => AdHoc());

        Assert.Equal([200, 200, 429], trusted);
        Assert.Equal([200, 200, 200], adHoc);
    }

    [Fact]
    public async Task A_304_costs_a_token_like_any_request()
    {
        var client = api.ClientFrom(RateLimitedApiFactory.NewAddress());
        HttpRequestMessage Query() => Get(null, ("query", "{ plans { totalCount } }"));

        var first = await client.SendRawAsync(Query());
        var revalidation = Query();
        revalidation.Headers.TryAddWithoutValidation("If-None-Match", first.ETag);
        var notModified = await client.SendRawAsync(revalidation);
        var rest = await client.StatusesAsync(2, Query);

        Assert.Equal(200, first.Status);
        Assert.Equal(304, notModified.Status);
        Assert.Equal([200, 429], rest);
    }
}
