using Microsoft.EntityFrameworkCore;
using PlanData.Import.Reports;
using PlanData.Import.Sources;
using PlanData.Plans;
using PlanData.Search;
using PlanData.Seeding;
using PlanData.Storage;

namespace PlanData.Import.Database;

/// <summary>
/// Imports documents into a SQLite database as one unit: the new state is written to a copy beside
/// the database and renamed over it only when every document went in, so a failed import leaves the
/// file exactly as it was and a reader never sees a half-written one. A missing database is created
/// first (schema and agency registry). The first-run seed build is this same path.
/// </summary>
public static class PlanDatabaseImporter
{
    /// <summary>Into a SQLite file (this class) or a PostgreSQL database (<see cref="PostgresDatabaseImporter"/>).</summary>
    public static Task<ImportOutcome> ImportAsync(DatabaseTarget target, IReadOnlyList<string> files, AgencyRegistryFile registry, ImportOptions options, CancellationToken cancellationToken = default) =>
        target.Provider == DatabaseProvider.PostgreSQL
            ? PostgresDatabaseImporter.ImportAsync(target.Location, files, registry, options, cancellationToken)
            : ImportAsync(target.Location, files, registry, options, cancellationToken);

    public static async Task<ImportOutcome> ImportAsync(string databasePath, IReadOnlyList<string> files, AgencyRegistryFile registry, ImportOptions options, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(databasePath);
        var folder = Path.GetDirectoryName(target)!;
        var createdFolder = FirstMissingFolder(folder);
        Directory.CreateDirectory(folder);
        var work = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        var exists = File.Exists(target);
        try
        {
            if (exists)
            {
                File.Copy(target, work);
            }

            var (reports, changed) = await WriteAsync(work, files, registry, options, created: !exists, cancellationToken);
            var succeeded = reports.All(r => !r.HasErrors);
            if (succeeded && (changed || !exists))
            {
                File.Move(work, target, overwrite: true);
            }

            return new ImportOutcome(reports, succeeded);
        }
        finally
        {
            File.Delete(work);
            if (createdFolder is not null && !File.Exists(target))
            {
                RemoveEmptyFolders(folder, createdFolder);
            }
        }
    }

    /// <summary>The outermost folder of <paramref name="folder"/> that does not exist yet, or null.</summary>
    private static string? FirstMissingFolder(string folder)
    {
        string? missing = null;
        for (var current = new DirectoryInfo(folder); current is not null && !current.Exists; current = current.Parent)
        {
            missing = current.FullName;
        }

        return missing;
    }

    // A failed first import leaves no trace: not even the folders made to hold the database.
    private static void RemoveEmptyFolders(string folder, string outermost)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            if (!current.Exists || current.EnumerateFileSystemInfos().Any())
            {
                return;
            }

            current.Delete();
            if (string.Equals(current.FullName, outermost, StringComparison.Ordinal))
            {
                return;
            }
        }
    }

    private static async Task<(List<ImportReport> Reports, bool Changed)> WriteAsync(string path, IReadOnlyList<string> files, AgencyRegistryFile registry, ImportOptions options, bool created, CancellationToken cancellationToken)
    {
        await using var db = DatabaseTarget.SqliteFile(path).OpenContext();
        if (created)
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
        }

        await QueryIndexes.EnsureAsync(db, cancellationToken);
        var (reports, changed) = await DocumentImport.WriteAsync(db, files, registry, options, cancellationToken);
        if (reports.Any(r => r.HasErrors))
        {
            return (reports, false);
        }

        if (changed || created)
        {
            // Only a copy that will replace the database needs its index: an unchanged one is discarded.
            await SearchIndex.RebuildAsync(db, cancellationToken);

            // EF Core creates the file in WAL mode, and then every reader, even a read-only one, makes
            // -wal and -shm files beside it (or fails in a read-only folder). The finished database is
            // one self-contained file that is only ever replaced whole, so it needs no write-ahead log.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE", cancellationToken);
        }

        return (reports, changed);
    }
}
