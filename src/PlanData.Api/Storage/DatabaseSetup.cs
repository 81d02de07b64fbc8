using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PlanData.Querying;
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
        builder.Services.AddSingleton<PreparedStatements>();
        builder.Services.AddScoped<DatabaseSnapshot>();

        // The API only reads: SQLite connections open the file read-only, PostgreSQL ones run READ ONLY
        // transactions, and nothing is tracked for changes that can never be saved. Contexts are pooled
        // (building the options and EF Core's services for each request took a sixth of an uncached
        // request's time); each request's context reads its snapshot's connection.
        builder.Services.AddPooledDbContextFactory<PlanDataContext>((services, options) => UseProvider(options, services.GetRequiredService<IOptions<DatabaseOptions>>().Value)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(services.GetRequiredService<DatabaseFailureInterceptor>(), services.GetRequiredService<PreparedStatements>()));
        builder.Services.AddScoped(services =>
        {
            var context = services.GetRequiredService<IDbContextFactory<PlanDataContext>>().CreateDbContext();
            context.Database.SetDbConnection(services.GetRequiredService<DatabaseSnapshot>().Connection);
            return context;
        });
        builder.Services.AddScoped<IQueryDatabase, PlanQueryDatabase>();
        return builder;
    }

    /// <summary>The provider without a connection: each context gets its request's.</summary>
    private static DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder options, DatabaseOptions database) =>
        database.IsPostgres ? options.UseNpgsql() : options.UseSqlite();
}
