using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PlanData.Storage;

namespace PlanData.Api.Storage;

public static class DatabaseSetup
{
    public static WebApplicationBuilder AddPlanDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection("Database"));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LiveDatabase>();
        builder.Services.AddSingleton<PostgresDatabase>();
        builder.Services.AddSingleton<ISnapshotSource>(services => services.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsPostgres
            ? services.GetRequiredService<PostgresDatabase>()
            : services.GetRequiredService<LiveDatabase>());
        builder.Services.AddSingleton<DatabaseFailureInterceptor>();
        builder.Services.AddScoped<DatabaseSnapshot>();

        // The API only reads: SQLite connections open the file read-only, PostgreSQL ones run READ ONLY
        // transactions, and nothing is tracked for changes that can never be saved.
        builder.Services.AddDbContext<PlanDataContext>((services, options) => options
            .UsePlanDatabase(services.GetRequiredService<DatabaseSnapshot>().Connection)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(services.GetRequiredService<DatabaseFailureInterceptor>()));
        return builder;
    }
}
