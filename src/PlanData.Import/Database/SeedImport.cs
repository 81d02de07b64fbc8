using PlanData.Seeding;
using PlanData.Storage;

namespace PlanData.Import.Database;

/// <summary>The first-run build: every document of seed/documents imported against seed/agencies.json.</summary>
public static class SeedImport
{
    public static Task<ImportOutcome> ImportAsync(string databasePath, string seedDirectory, CancellationToken cancellationToken = default) =>
        ImportAsync(DatabaseTarget.SqliteFile(databasePath), seedDirectory, cancellationToken);

    public static Task<ImportOutcome> ImportAsync(DatabaseTarget target, string seedDirectory, CancellationToken cancellationToken = default)
    {
        var registry = AgencyRegistryFile.Load(seedDirectory);
        var documents = Directory.EnumerateFiles(Path.Combine(seedDirectory, "documents"))
            .Where(f => Sources.DocumentDecoders.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .ToList();
        return PlanDatabaseImporter.ImportAsync(target, documents, registry, new ImportOptions(), cancellationToken);
    }
}
