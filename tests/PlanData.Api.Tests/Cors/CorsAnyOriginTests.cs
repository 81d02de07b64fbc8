using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Cors;

public sealed class AnyOriginCorsApi() : ConfiguredApiFactory(new Dictionary<string, string> { ["Cors:AllowedOrigins:0"] = "*" });

/// <summary>Cors:AllowedOrigins ["*"]: any page may call the API (it sends no cookies, so nothing is shared but public data).</summary>
public sealed class CorsAnyOriginTests(AnyOriginCorsApi api) : IClassFixture<AnyOriginCorsApi>
{
    [Fact]
    public async Task Any_origin_is_allowed_with_a_star()
    {
        using var preflight = await api.CreateClient().SendAsync(CorsTests.Preflight("https://anywhere.example.net", "POST", "content-type"));

        Assert.Equal(["*"], preflight.Headers.GetValues("Access-Control-Allow-Origin"));
    }
}
