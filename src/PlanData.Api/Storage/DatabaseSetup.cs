using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanData.Storage;

namespace PlanData.Api.Storage;

public static class DatabaseSetup
{
    public static WebApplicationBuilder AddPlanDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection("Database"));
        builder.Services.AddDbContext<PlanDataContext>((services, options) =>
        {
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;

            // The API only reads: the file is opened read-only, so no request can ever change it.
            options.UseSqlite(new SqliteConnectionStringBuilder { DataSource = database.FullPath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        });
        return builder;
    }

    /// <summary>Builds the database from seed/ on first start, before the API takes requests.</summary>
    public static async Task EnsurePlanDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (await SeedDatabaseBuilder.EnsureBuiltAsync(database.FullPath, database.SeedDirectory))
        {
            app.Logger.LogInformation("Built {Database} from {Seed}", database.FullPath, database.SeedDirectory);
        }
    }
}
