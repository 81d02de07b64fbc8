using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanData.Storage;

namespace PlanData.Api.Storage;

public static class DatabaseSetup
{
    public static WebApplicationBuilder AddPlanDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection("Database"));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LiveDatabase>();
        builder.Services.AddSingleton<DatabaseFailureInterceptor>();
        builder.Services.AddScoped<DatabaseSnapshot>();

        // The API only reads: its connections open the file read-only, so no request can ever change it.
        builder.Services.AddDbContext<PlanDataContext>((services, options) => options
            .UseSqlite(services.GetRequiredService<DatabaseSnapshot>().Connection)
            .AddInterceptors(services.GetRequiredService<DatabaseFailureInterceptor>()));
        return builder;
    }
}
