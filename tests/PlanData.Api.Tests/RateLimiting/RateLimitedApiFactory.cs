using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.RateLimiting;

/// <summary>The API with rate limits of its own and requests that say which client they come from.</summary>
public abstract class RateLimitedApiFactory(IReadOnlyDictionary<string, string> settings) : ConfiguredApiFactory(settings)
{
    private static int _lastAddress;

    /// <summary>An IPv4 address no other request of the test run has used: a client whose buckets are full.</summary>
    public static string NewAddress()
    {
        var n = Interlocked.Increment(ref _lastAddress);
        return $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}";
    }

    /// <summary>The API key this test run issues to <paramref name="client"/>.</summary>
    public static string ApiKeyOf(string client) => $"test-key-of-{client}";

    public static string HashOf(string apiKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));

    public HttpClient ClientFrom(string address, string? apiKeyClient = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(TestClientStartupFilter.RemoteIpHeader, address);
        if (apiKeyClient is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", ApiKeyOf(apiKeyClient));
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientStartupFilter>());
    }
}

/// <summary>
/// Three ad-hoc requests and two trusted ones per client, one more of each a minute: nothing refills
/// while a test runs. API keys for "dashboard", "reports" and "platform"; "platform" may send six
/// ad-hoc requests at once (its settings name it "Platform").
/// </summary>
public sealed class SmallBucketsApiFactory() : RateLimitedApiFactory(new Dictionary<string, string>
{
    ["RateLimiting:AdHoc:TokenLimit"] = "3",
    ["RateLimiting:AdHoc:TokensPerPeriod"] = "1",
    ["RateLimiting:AdHoc:ReplenishmentPeriod"] = "00:01:00",
    ["RateLimiting:Trusted:TokenLimit"] = "2",
    ["RateLimiting:Trusted:TokensPerPeriod"] = "1",
    ["RateLimiting:Trusted:ReplenishmentPeriod"] = "00:01:00",
    ["RateLimiting:Clients:Platform:AdHoc:TokenLimit"] = "6",
    ["Auth:ApiKeys:0:Client"] = "dashboard",
    ["Auth:ApiKeys:0:Hash"] = HashOf(ApiKeyOf("dashboard")),
    ["Auth:ApiKeys:1:Client"] = "reports",
    ["Auth:ApiKeys:1:Hash"] = HashOf(ApiKeyOf("reports")),
    ["Auth:ApiKeys:2:Client"] = "platform",
    ["Auth:ApiKeys:2:Hash"] = HashOf(ApiKeyOf("platform")),
});

/// <summary>Two requests at once, two more every second.</summary>
public sealed class RefillingBucketsApiFactory() : RateLimitedApiFactory(new Dictionary<string, string>
{
    ["RateLimiting:AdHoc:TokenLimit"] = "2",
    ["RateLimiting:AdHoc:TokensPerPeriod"] = "2",
    ["RateLimiting:AdHoc:ReplenishmentPeriod"] = "00:00:01",
});

/// <summary>A bucket of one request, but rate limiting switched off.</summary>
public sealed class RateLimitingOffApiFactory() : RateLimitedApiFactory(new Dictionary<string, string>
{
    ["RateLimiting:Enabled"] = "false",
    ["RateLimiting:AdHoc:TokenLimit"] = "1",
    ["RateLimiting:AdHoc:TokensPerPeriod"] = "1",
    ["RateLimiting:AdHoc:ReplenishmentPeriod"] = "01:00:00",
});
