using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PlanData.Import.Database;

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

    private static async Task<string?> BuildFromSeedAsync(WebApplication app, DatabaseOptions options)
    {
        var (path, seed) = (options.FullPath, options.SeedDirectory);
        ImportOutcome outcome;
        try
        {
            outcome = await SeedImport.ImportAsync(path, seed, app.Lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or SqliteException)
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
