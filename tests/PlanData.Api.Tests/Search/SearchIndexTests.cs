using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Import.Database;
using PlanData.Search;
using PlanData.Storage;

namespace PlanData.Api.Tests.Search;

[Trait("Database", TestDatabase.SqliteFileTrait)]
public sealed class SearchIndexTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plan-data-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_built_database_indexes_every_entity_once_with_its_original_text()
    {
        var path = Path.Combine(_folder, "plan.sqlite");
        Assert.True((await SeedImport.ImportAsync(path, RepositoryPaths.Seed)).Succeeded);

        await using var db = new PlanDataContext(new DbContextOptionsBuilder<PlanDataContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()).Options);
        var rows = await db.Database.SqlQueryRaw<IndexRow>($"SELECT kind AS Kind, entity_key AS EntityKey, title AS Title, title_original AS TitleOriginal FROM {SearchIndex.Table}").ToListAsync();

        Assert.Equal(rows.Count, rows.Select(r => (r.Kind, r.EntityKey)).Distinct().Count());
        Assert.Equal(await db.Plans.CountAsync(), rows.Count(r => r.Kind == SearchKinds.Plan));
        Assert.Equal(await db.PlanItems.CountAsync(), rows.Count(r => r.Kind == SearchKinds.PlanItem));
        Assert.Equal(await db.Agencies.CountAsync(), rows.Count(r => r.Kind == SearchKinds.Agency));
        Assert.Equal(await db.Indicators.CountAsync(), rows.Count(r => r.Kind == SearchKinds.Indicator));
        Assert.Equal(await db.Documents.CountAsync(), rows.Count(r => r.Kind == SearchKinds.LegalDocument));
        var plan = Assert.Single(rows, r => r.Kind == SearchKinds.Plan);
        Assert.Equal("Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022", plan.TitleOriginal);
        Assert.Equal("hoat dong cua ban chi dao chuyen doi so tinh quang ngai nam 2022", plan.Title);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed record IndexRow(string Kind, string EntityKey, string Title, string TitleOriginal);
}
