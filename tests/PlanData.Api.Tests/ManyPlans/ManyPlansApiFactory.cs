using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Storage;

namespace PlanData.Api.Tests.ManyPlans;

/// <summary>
/// The real API in-process on a database of plans from several provinces (<see cref="ManyPlansDocuments"/>),
/// on SQLite or, in the PostgreSQL pass, on a PostgreSQL database of its own. It records the statements
/// requests send; the caches and the warm-up are off, so that a repeated request sends them again.
/// </summary>
public sealed class ManyPlansApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"many-{Guid.NewGuid():N}.sqlite");

    public SqlRecordingApiFactory.SqlLog Sql { get; } = new();

    public Task InitializeAsync() => ManyPlansDatabase.WriteAsync(DatabasePath);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        TestDatabase.UseBuilt(builder, DatabasePath);

        // These tests count the executor's statements per level; the verifying run of a compiled plan would add its own.
        builder.UseSetting("GraphQL:CompiledOperations", "Off");
        builder.ConfigureTestServices(services => services.ConfigureDbContext<PlanDataContext>(options => options.AddInterceptors(Sql)));
    }

    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestDatabase.Delete(DatabasePath);
    }
}
