using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Import.Database;
using PlanData.Seeding;
using PlanData.Storage;

namespace PlanData.Api.Tests.Outline;

/// <summary>
/// The API over a database the import command's code built from real published copies (the corpus's
/// Quảng Nam opening, which points to its Phụ lục I, and Quảng Ngãi's 121/KH-UBND, whose preamble carries a
/// footnote marker) and a plan written for these tests with its appendix and notes.
/// </summary>
public sealed class OutlineApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly string[] Documents =
    [
        Path.Combine(RepositoryPaths.Root, "tests", "PlanData.Import.Tests", "Corpus", "documents", "quangnam-228-KH-UBND-2025.txt"),
        Path.Combine(RepositoryPaths.Root, "tests", "PlanData.Import.Tests", "Corpus", "documents", "quangngai-121-KH-UBND-2025.txt"),
        Path.Combine(RepositoryPaths.Root, "tests", "PlanData.Import.Tests", "Outline", "thanh-hoa-12-KH-UBND-2024.txt"),
    ];

    private readonly string _path = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"outline-{Guid.NewGuid():N}.sqlite");

    public async Task InitializeAsync()
    {
        var target = TestDatabase.IsPostgres ? DatabaseTarget.Postgres(TestDatabase.EmptyConnectionString(_path)) : DatabaseTarget.SqliteFile(_path);
        var outcome = await PlanDatabaseImporter.ImportAsync(target, Documents, AgencyRegistryFile.Load(RepositoryPaths.Seed), new ImportOptions(AllowIncomplete: true));
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports.Select(r => r.ToString())));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        TestDatabase.UseBuilt(builder, _path);
    }

    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestDatabase.Delete(_path);
    }
}
