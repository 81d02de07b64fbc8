using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlanData.Agencies;
using PlanData.Import.Database;
using PlanData.Seeding;
using PlanData.Storage;

namespace PlanData.Bench;

/// <summary>
/// Builds a scale-N database: the API's own seed import (same schema, same replica 0), then
/// N-1 fictitious provinces written batch by batch with the seed writers, then ANALYZE. The file
/// is built beside the target and renamed into place, so a stopped run never leaves a partial file.
/// </summary>
public static class ScaleDatabase
{
    public static async Task<ScaleSummary> BuildAsync(ScaleOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var directory = Path.GetDirectoryName(options.Out)!;
        Directory.CreateDirectory(directory);
        var work = Path.Combine(directory, $".{Path.GetFileName(options.Out)}.building");
        try
        {
            File.Delete(work);
            var outcome = await SeedImport.ImportAsync(work, options.Seed, cancellationToken);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"The seed could not be imported:\n{string.Join("\n", outcome.Reports)}");
            }

            var seed = SeedJson.Read<PlanFile>(options.Plan);
            var registry = AgencyRegistryFile.Load(options.Seed);
            var replicator = new SeedReplicator(seed, registry);

            // Replicas name national agencies too, and those stay shared.
            var shared = registry.Jurisdictions.Select(j => j.Code).Where(c => c != seed.Plan.Jurisdiction).ToList();
            ScaleSummary summary;
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = work, Pooling = false }.ToString()))
            {
                await connection.OpenAsync(cancellationToken);
                await ExecuteAsync(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;", cancellationToken);
                var reported = 0L;
                for (var first = 1; first < options.Scale; first += options.Batch)
                {
                    var count = Math.Min(options.Batch, options.Scale - first);
                    var replicas = Enumerable.Range(first, count).Select(i => replicator.Make(Province.Of(i))).ToList();
                    await WriteBatchAsync(connection, replicas, shared, cancellationToken);
                    if (stopwatch.ElapsedMilliseconds - reported >= 5000)
                    {
                        reported = stopwatch.ElapsedMilliseconds;
                        log.WriteLine($"{first + count}/{options.Scale} plans, {stopwatch.Elapsed.TotalSeconds:F1} s");
                    }
                }

                var searchIndex = await OptionalSearchIndex.RebuildAsync(connection, work, cancellationToken);
                await ExecuteAsync(connection, "ANALYZE; PRAGMA journal_mode = DELETE;", cancellationToken);
                await using var db = Context(connection);
                summary = new ScaleSummary(
                    options.Out,
                    options.Scale,
                    await db.Plans.CountAsync(cancellationToken),
                    await db.PlanItems.CountAsync(cancellationToken),
                    await db.Agencies.CountAsync(cancellationToken),
                    await db.Assignments.CountAsync(cancellationToken),
                    await db.Indicators.CountAsync(cancellationToken),
                    0,
                    searchIndex,
                    0);
            }

            File.Move(work, options.Out, overwrite: true);
            return summary with { Bytes = new FileInfo(options.Out).Length, Ms = stopwatch.ElapsedMilliseconds };
        }
        finally
        {
            File.Delete(work);
        }
    }

    private static async Task WriteBatchAsync(SqliteConnection connection, List<Replica> replicas, IEnumerable<string> sharedJurisdictions, CancellationToken cancellationToken)
    {
        var visible = replicas.Select(r => r.Jurisdiction.Code).Concat(sharedJurisdictions);
        await using var db = new BatchContext(new DbContextOptionsBuilder<PlanDataContext>().UseSqlite(connection).Options, visible);

        // Left on, change detection would run on every DbSet.Local lookup in PlanWriter and scan the
        // whole tracked batch each time; it runs once, before each save, instead.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Jurisdictions.AddRange(replicas.Select(r => new Jurisdiction { Code = r.Jurisdiction.Code, Name = r.Jurisdiction.Name, Level = r.Jurisdiction.Level }));

        AgencyRegistryWriter.AddAgencies(db, replicas.SelectMany(r => r.Agencies));
        await SaveAsync(db, cancellationToken);

        var writer = new PlanWriter(db);
        foreach (var replica in replicas)
        {
            await writer.AddAsync(replica.Plan, cancellationToken);
        }

        await SaveAsync(db, cancellationToken);
    }

    // The writers set some links after an entity is tracked (a successor reached first through
    // another agency gets its parent later; a plan's document its issuer): one scan finds them all.
    private static async Task SaveAsync(PlanDataContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static PlanDataContext Context(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<PlanDataContext>().UseSqlite(connection).Options);

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
