using System.Data.Common;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PlanData.Import.Database;
using PlanData.Storage;

namespace PlanData.Api.Storage;

public static class DatabaseStartup
{
    /// <summary>
    /// Opens the database before the server starts: builds it from the seed first when it is missing
    /// (the way `import` adds any document) unless Database:CreateFromSeed is off, then checks it.
    /// </summary>
    /// <returns>Null when it can be served; else the exit code, after one error line on stderr.</returns>
    public static async Task<int?> EnsurePlanDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        switch (options.Kind)
        {
            case null:
                return Fail($"unknown Database:Provider '{options.Provider}' (use Sqlite or PostgreSQL)");
            case DatabaseProvider.PostgreSQL:
                return await EnsurePostgresAsync(app, options);
        }

        var path = options.FullPath;
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            if (!options.CreateFromSeed)
            {
                return Fail(DatabaseFile.NotFound(path));
            }

            if (await BuildFromSeedAsync(app, options) is { } failure)
            {
                return Fail(failure);
            }
        }

        var problem = await app.Services.GetRequiredService<LiveDatabase>().StartAsync(app.Lifetime.ApplicationStopping);
        return problem is null ? null : Fail(problem);
    }

    /// <summary>The same for PostgreSQL: an empty database (no schema, or no data yet) is seeded unless Database:CreateFromSeed is off.</summary>
    private static async Task<int?> EnsurePostgresAsync(WebApplication app, DatabaseOptions options)
    {
        var database = app.Services.GetRequiredService<PostgresDatabase>();
        var (problem, empty) = await database.InspectAsync(app.Lifetime.ApplicationStopping);
        if (problem is not null && empty && options.CreateFromSeed)
        {
            if (await BuildFromSeedAsync(app, options) is { } failure)
            {
                return Fail(failure);
            }
        }
        else if (problem is not null)
        {
            return Fail(problem);
        }

        problem = await database.StartAsync(app.Lifetime.ApplicationStopping);
        return problem is null ? null : Fail(problem);
    }

    private static async Task<string?> BuildFromSeedAsync(WebApplication app, DatabaseOptions options)
    {
        var (path, seed) = (options.Target.Display, options.SeedDirectory);
        ImportOutcome outcome;
        try
        {
            outcome = await SeedImport.ImportAsync(options.Target, seed, app.Lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or DbException or InvalidOperationException)
        {
            return $"cannot build {path} from the seed in {seed}: {OneLine(e.Message)}";
        }

        if (!outcome.Succeeded)
        {
            var refused = outcome.Reports.First(r => r.HasErrors);
            var error = refused.Messages.First(m => m.Severity == Import.Reports.ImportSeverity.Error);
            return $"cannot build {path} from the seed in {seed}: {refused.File}{(error.Line is { } line ? $" line {line}" : "")}: {OneLine(error.Message)}";
        }

        app.Logger.LogInformation("Built {Database} from {Seed}: {Reports}", path, seed, string.Join("; ", outcome.Reports.Select(r => $"{r.File} {r.MappedLineCount}/{r.LineCount} lines")));
        return null;
    }

    private static int Fail(string problem)
    {
        // One line a person can act on; a stack trace would only bury it.
        Console.Error.WriteLine($"error: {problem}");
        return 1;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
