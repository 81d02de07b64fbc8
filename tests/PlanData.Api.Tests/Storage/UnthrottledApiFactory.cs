using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Storage;

/// <summary>The API in-process without per-client rate limits: eight test clients share one address, unlike real ones.</summary>
public sealed class UnthrottledApiFactory() : ConfiguredApiFactory(new Dictionary<string, string>
{
    ["RateLimiting:Enabled"] = "false",
});
