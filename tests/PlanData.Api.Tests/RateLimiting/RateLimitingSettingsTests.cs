using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.RateLimiting;

public sealed class RateLimitingSettingsTests
{
    [Theory]
    [InlineData("RateLimiting:AdHoc:TokenLimit", "0")]
    [InlineData("RateLimiting:Trusted:TokensPerPeriod", "0")]
    [InlineData("RateLimiting:AdHoc:ReplenishmentPeriod", "00:00:00")]
    [InlineData("RateLimiting:Clients:platform:Trusted:TokenLimit", "-1")]
    public async Task A_bucket_that_could_never_admit_a_request_stops_the_start(string key, string value)
    {
        await using var api = new SettingsApiFactory(new Dictionary<string, string> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        Assert.Contains("RateLimiting: every bucket needs", error.ToString());
    }

    private sealed class SettingsApiFactory(IReadOnlyDictionary<string, string> settings) : ConfiguredApiFactory(settings);
}
