using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Import.Database;
using PlanData.Seeding;
using PlanData.Storage;

namespace PlanData.Api.Tests.Indicators;

/// <summary>
/// The real API in-process on a database the importer built from the Government's resolution 03/NQ-CP (the import
/// tests' corpus copy), whose Phụ lục I is a table of indicators; on SQLite or, in the PostgreSQL pass, PostgreSQL.
/// </summary>
public sealed class IndicatorTableApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static string Document { get; } = Path.Combine(RepositoryPaths.Root, "tests", "PlanData.Import.Tests", "Corpus", "documents", "chinhphu-03-NQ-CP-2025.txt");

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"indicator-table-{Guid.NewGuid():N}.sqlite");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var target = TestDatabase.IsPostgres ? DatabaseTarget.Postgres(TestDatabase.EmptyConnectionString(DatabasePath)) : DatabaseTarget.SqliteFile(DatabasePath);
        var outcome = await PlanDatabaseImporter.ImportAsync(target, [Document], AgencyRegistryFile.Load(RepositoryPaths.Seed), new ImportOptions());
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        TestDatabase.Use(builder, DatabasePath);
        builder.UseSetting("Database:CreateFromSeed", "false");
        builder.UseSetting("RateLimiting:Enabled", "false");
    }

    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestDatabase.Delete(DatabasePath);
    }
}
