using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PlanData.Api.Storage;
using PlanData.Import.Database;
using PlanData.Seeding;
using PlanData.Storage;

namespace PlanData.Api.Cli;

/// <summary>
/// <c>import FILE... [--db PATH] [--replace] [--allow-incomplete] [--json]</c>: adds plan documents
/// to a database (the configured one by default: a SQLite file or, with Database:Provider=PostgreSQL,
/// the database at Database:ConnectionString; --db then takes a connection string), creating it first
/// when it does not exist.
/// Prints each document's report (with --json, one JSON array of them); the exit code is 1 when any
/// document was refused, 2 when the arguments are wrong.
/// </summary>
public static class ImportCommand
{
    public const string Usage = "usage: import FILE... [--db PATH] [--replace] [--allow-incomplete] [--json]";

    private static readonly JsonSerializerOptions _json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter errors)
    {
        var files = new List<string>();
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var target = database.Target;
        bool replace = false, allowIncomplete = false, json = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--db" when i + 1 < arguments.Count && !arguments[i + 1].StartsWith("--", StringComparison.Ordinal):
                    target = database.IsPostgres ? DatabaseTarget.Postgres(arguments[++i]) : DatabaseTarget.SqliteFile(arguments[++i]);
                    break;
                case "--db":
                    await errors.WriteLineAsync($"option --db needs a path\n{Usage}");
                    return 2;
                case "--replace":
                    replace = true;
                    break;
                case "--allow-incomplete":
                    allowIncomplete = true;
                    break;
                case "--json":
                    json = true;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    await errors.WriteLineAsync($"unknown option {option}\n{Usage}");
                    return 2;
                default:
                    files.Add(arguments[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }

        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            await errors.WriteLineAsync($"{missing}: no such file");
            return 1;
        }

        var registry = AgencyRegistryFile.Load(database.SeedDirectory);
        ImportOutcome outcome;
        try
        {
            outcome = await PlanDatabaseImporter.ImportAsync(target, files, registry, new ImportOptions(replace, allowIncomplete));
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            var path = target.Display;
            // Not a SQLite file, a folder, or a place this program cannot write: the import ran on a copy, so the file is untouched.
            await errors.WriteLineAsync($"{path}: cannot import into this {(target.Provider == DatabaseProvider.Sqlite ? "file" : "database")}: {e.Message}\nnothing was imported: {path} is unchanged");
            return 1;
        }

        if (json)
        {
            // One JSON document whatever the number of files, so that the output parses as a whole.
            var reports = new JsonArray([.. outcome.Reports.Select(r => JsonNode.Parse(r.ToJson()))]);
            await output.WriteLineAsync(reports.ToJsonString(_json));
        }
        else
        {
            foreach (var report in outcome.Reports)
            {
                await output.WriteAsync(report.ToString());
            }
        }

        await errors.WriteLineAsync(outcome.Succeeded
            ? $"imported into {target.Display}"
            : $"nothing was imported: {target.Display} is unchanged");
        return outcome.Succeeded ? 0 : 1;
    }
}
