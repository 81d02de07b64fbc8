using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlanData.Seeding;

namespace PlanData.Storage;

/// <summary>
/// Builds the embedded SQLite database from seed/ when it does not exist yet. The build writes a
/// temporary file beside the target and renames it into place, so a reader never sees a half-built
/// database and a crashed build leaves nothing behind.
/// </summary>
public static class SeedDatabaseBuilder
{
    /// <returns>true when a new database was built, false when one existed already.</returns>
    public static async Task<bool> EnsureBuiltAsync(string databasePath, string seedDirectory, CancellationToken cancellationToken = default)
    {
        if (File.Exists(databasePath))
        {
            return false;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(databasePath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await BuildAsync(temporary, seedDirectory, cancellationToken);
            try
            {
                File.Move(temporary, databasePath, overwrite: false);
            }
            catch (IOException) when (File.Exists(databasePath))
            {
                // Another process finished the same build first; its file is as good as ours.
                return false;
            }

            return true;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static async Task BuildAsync(string databasePath, string seedDirectory, CancellationToken cancellationToken = default)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<PlanDataContext>().UseSqlite(connectionString).Options;
        await using var db = new PlanDataContext(options);
        await db.Database.EnsureCreatedAsync(cancellationToken);

        AgencyRegistryWriter.Add(db, SeedJson.Read<AgencyRegistryFile>(Path.Combine(seedDirectory, "agencies.json")));
        await db.SaveChangesAsync(cancellationToken);

        var writer = new PlanWriter(db);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(seedDirectory, "expected"), "*.json").Order(StringComparer.Ordinal))
        {
            // One save a plan: row ids then follow the order of the files.
            await writer.AddAsync(SeedJson.Read<PlanFile>(file), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
