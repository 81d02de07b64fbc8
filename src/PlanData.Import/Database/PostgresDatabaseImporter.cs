using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using PlanData.Search;
using PlanData.Seeding;
using PlanData.Storage;

namespace PlanData.Import.Database;

/// <summary>
/// Imports documents into a PostgreSQL database as one transaction: the documents, the search
/// index and a new data version commit together or not at all, so a refused document leaves the
/// data as it was and a reader (one REPEATABLE READ snapshot a request) never sees half an import.
/// Imports take an advisory lock, so two of them run one after the other. A database without our
/// schema gets it first, in the same transaction; a missing database is created.
/// </summary>
public static class PostgresDatabaseImporter
{
    public static async Task<ImportOutcome> ImportAsync(string connectionString, IReadOnlyList<string> files, AgencyRegistryFile registry, ImportOptions options, CancellationToken cancellationToken = default)
    {
        await using var db = DatabaseTarget.Postgres(connectionString).OpenContext();
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        // READ COMMITTED: once the lock is held, each statement sees what earlier imports committed.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await PostgresSchema.LockAndEnsureAsync(db, cancellationToken);
        await QueryIndexes.EnsureAsync(db, cancellationToken);
        var (reports, changed) = await DocumentImport.WriteAsync(db, files, registry, options, cancellationToken);
        var succeeded = reports.All(r => !r.HasErrors);
        if (succeeded && (changed || created))
        {
            await PostgresSearchIndex.RebuildAsync(db, cancellationToken);
            await PostgresSchema.NewVersionAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Anything else is rolled back when the transaction is disposed: an unchanged import keeps the version.
        return new ImportOutcome(reports, succeeded);
    }
}
