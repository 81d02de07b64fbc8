using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Cors;

/// <summary>The shipped configuration (appsettings.json) allows no origin.</summary>
[Collection(ApiCollection.Name)]
public sealed class CorsDefaultTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData("https://plans.example.org")]
    [InlineData("http://localhost:3000")]
    public async Task No_origin_gets_a_CORS_header(string origin)
    {
        using var preflight = await api.CreateClient().SendAsync(CorsTests.Preflight(origin, "POST", "content-type"));

        Assert.Empty(CorsTests.CorsHeaders(preflight));
    }
}
