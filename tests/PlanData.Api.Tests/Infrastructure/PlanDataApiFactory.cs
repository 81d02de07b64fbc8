using PlanData.Api.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PlanData.Api.Tests.Infrastructure;

/// <summary>The real API in-process, on its own database file built from seed/ the way production builds it.</summary>
public sealed class PlanDataApiFactory : WebApplicationFactory<Program>
{
    public PlanDataApiFactory()
    {
        DatabasePath = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"{Guid.NewGuid():N}.sqlite");
    }

    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        TestDatabase.Use(builder, DatabasePath);

        // Hundreds of tests share this one client address; the limiter has tests and factories of its own.
        builder.UseSetting("RateLimiting:Enabled", "false");
    }

    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestDatabase.Delete(DatabasePath);
    }
}
