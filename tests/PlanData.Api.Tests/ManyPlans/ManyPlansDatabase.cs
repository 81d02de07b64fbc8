using Microsoft.EntityFrameworkCore;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Search;
using PlanData.Seeding;
using PlanData.Storage;

namespace PlanData.Api.Tests.ManyPlans;

/// <summary>
/// Writes the many-plans registry and plans into the database a test path stands for (a SQLite file,
/// or with PLANDATA_TEST_POSTGRES a PostgreSQL database of its own), the way an import leaves one: the
/// schema, the query indexes, the data, the search index and (on PostgreSQL) a data version.
/// </summary>
public static class ManyPlansDatabase
{
    public static async Task WriteAsync(string path)
    {
        if (TestDatabase.IsPostgres)
        {
            await using var db = DatabaseTarget.Postgres(TestDatabase.EmptyConnectionString(path)).OpenContext();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await PostgresSchema.LockAndEnsureAsync(db, CancellationToken.None);
            await FillAsync(db);
            await PostgresSearchIndex.RebuildAsync(db, CancellationToken.None);
            await PostgresSchema.NewVersionAsync(db, CancellationToken.None);
            await transaction.CommitAsync();
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var db = DatabaseTarget.SqliteFile(path).OpenContext())
        {
            await db.Database.EnsureCreatedAsync();
            await FillAsync(db);
            await SearchIndex.RebuildAsync(db, CancellationToken.None);

            // As the importer leaves it: one self-contained file, no write-ahead log beside it.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE");
        }
    }

    private static async Task FillAsync(PlanDataContext db)
    {
        await QueryIndexes.EnsureAsync(db, CancellationToken.None);
        await AgencyRegistryWriter.AddMissingAsync(db, ManyPlansRegistry.Registry);
        var writer = new PlanWriter(db);
        foreach (var plan in ManyPlansDocuments.Plans)
        {
            await writer.AddAsync(plan);
            await db.SaveChangesAsync();
        }
    }
}
