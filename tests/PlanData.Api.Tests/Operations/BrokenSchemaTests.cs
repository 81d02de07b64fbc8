using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Operations;

/// <summary>A schema that cannot be built (here: one without a query type): not ready.</summary>
public sealed class BrokenSchemaApi : ObservedApiFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ISchema>(new Schema());
}

public sealed class BrokenSchemaTests(BrokenSchemaApi api) : IClassFixture<BrokenSchemaApi>
{
    [Fact]
    public async Task Readyz_is_503_naming_the_schema_check()
    {
        var response = await api.CreateClient().SendRawAsync(new HttpRequestMessage(HttpMethod.Get, "/readyz"));

        Assert.Equal(503, response.Status);
        Assert.Equal("Unhealthy", (string?)response.Json["checks"]!["schema"]!["status"]);
        Assert.Equal("Healthy", (string?)response.Json["checks"]!["database"]!["status"]);
        Assert.Null(response.Json["checks"]!["schema"]!["error"]);
    }
}
