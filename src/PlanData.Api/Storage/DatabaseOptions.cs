namespace PlanData.Api.Storage;

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    /// <summary>The SQLite file; relative paths are taken from the working directory. Built from Seed when missing.</summary>
    public string Path { get; set; } = "data/plan-data.sqlite";

    /// <summary>The seed folder (documents, registry, curated data); relative paths are taken from the application's folder.</summary>
    public string Seed { get; set; } = "seed";

    public string FullPath => System.IO.Path.GetFullPath(Path);

    public string SeedDirectory => System.IO.Path.GetFullPath(Seed, AppContext.BaseDirectory);
}
