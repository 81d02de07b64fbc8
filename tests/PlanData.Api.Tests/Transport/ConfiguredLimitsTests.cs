using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Transport;

/// <summary>GraphQL:MaxRequestBodyBytes and GraphQL:CacheMaxAgeSeconds change what the API does.</summary>
public sealed class ConfiguredLimitsTests(SmallLimitsApiFactory api) : IClassFixture<SmallLimitsApiFactory>
{
    [Fact]
    public async Task The_body_limit_is_the_configured_one()
    {
        var accepted = await api.CreateClient().SendRawAsync(Post(RequestErrorTests.PaddedRequest(4096)));
        var refused = await api.CreateClient().SendRawAsync(Post(RequestErrorTests.PaddedRequest(4097)));

        Assert.Equal(200, accepted.Status);
        Assert.Equal(413, refused.Status);
        Assert.Equal("The request body is larger than the limit of 4096 bytes.", (string?)refused.SingleError["message"]);
    }

    [Fact]
    public async Task The_max_age_is_the_configured_one()
    {
        var response = await api.CreateClient().SendRawAsync(Get(null, ("query", "{ plans { totalCount } }")));

        Assert.Equal(200, response.Status);
        Assert.Equal("public, max-age=5", response.CacheControl);
    }
}
