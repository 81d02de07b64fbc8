using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PlanData.Import.Database;
using PlanData.Seeding;
using PlanData.Storage;

namespace PlanData.Api.Tests.Infrastructure;

/// <summary>
/// The real API in-process on a database the import command's code built from <paramref name="documents"/>, on SQLite or, in
/// the PostgreSQL pass, PostgreSQL.
/// </summary>
public abstract class ImportedApiFactory(string name, IReadOnlyList<string> documents, ImportOptions options) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"{name}-{Guid.NewGuid():N}.sqlite");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var target = TestDatabase.IsPostgres ? DatabaseTarget.Postgres(TestDatabase.EmptyConnectionString(_path)) : DatabaseTarget.SqliteFile(_path);
        var outcome = await PlanDatabaseImporter.ImportAsync(target, documents, AgencyRegistryFile.Load(RepositoryPaths.Seed), options);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports.Select(r => r.ToString())));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder) => TestDatabase.UseBuilt(builder, _path);

    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestDatabase.Delete(_path);
    }
}
