using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanData.Import.Database;
using PlanData.Seeding;
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

    /// <summary>
    /// On first start, imports seed/documents into a new database, the way `import` adds any
    /// document; a seed document the importer refuses stops the start with its report.
    /// </summary>
    public static async Task EnsurePlanDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (File.Exists(database.FullPath))
        {
            return;
        }

        var outcome = await SeedImport.ImportAsync(database.FullPath, database.SeedDirectory);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"The seed could not be imported:\n{string.Join("\n", outcome.Reports)}");
        }

        app.Logger.LogInformation("Built {Database} from {Seed}: {Reports}", database.FullPath, database.SeedDirectory, string.Join("; ", outcome.Reports.Select(r => $"{r.File} {r.MappedLineCount}/{r.LineCount} lines")));
    }
}
