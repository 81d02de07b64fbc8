namespace PlanData.Storage;

/// <summary>Where the plan data lives: one SQLite file, or a PostgreSQL database that several API instances share.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}
