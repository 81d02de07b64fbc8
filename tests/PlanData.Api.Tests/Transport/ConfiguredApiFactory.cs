using PlanData.Api.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Transport;

/// <summary>The real API in-process on its own database, with configuration settings of its own.</summary>
public abstract class ConfiguredApiFactory(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"{Guid.NewGuid():N}.sqlite");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        TestDatabase.Use(builder, DatabasePath);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestDatabase.Delete(DatabasePath);
    }
}

/// <summary>A 4 KB body limit and a 5-second max-age.</summary>
public sealed class SmallLimitsApiFactory() : ConfiguredApiFactory(new Dictionary<string, string>
{
    ["GraphQL:MaxRequestBodyBytes"] = "4096",
    ["GraphQL:CacheMaxAgeSeconds"] = "5",
});
