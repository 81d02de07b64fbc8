namespace PlanData.Api.Storage;

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    /// <summary>The SQLite file; relative paths are taken from the working directory.</summary>
    public string Path { get; set; } = "data/plan-data.sqlite";

    /// <summary>The seed folder (documents, registry, curated data); relative paths are taken from the application's folder.</summary>
    public string Seed { get; set; } = "seed";

    /// <summary>
    /// Build a missing database from <see cref="Seed"/> at start. A production deployment turns it
    /// off, so that a wrong path stops the start instead of serving a fresh seed database.
    /// </summary>
    public bool CreateFromSeed { get; set; } = true;

    public string FullPath => System.IO.Path.GetFullPath(Path);

    public string SeedDirectory => System.IO.Path.GetFullPath(Seed, AppContext.BaseDirectory);
}
