using Microsoft.Data.Sqlite;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Storage;

namespace PlanData.Api.Tests.Storage;

/// <summary>A page of plans in the default order (undated first, then by date and key) walks an index instead of sorting every plan.</summary>
[Trait("Database", TestDatabase.SqliteFileTrait)]
public sealed class PlanOrderIndexTests(SqlRecordingApiFactory api) : IClassFixture<SqlRecordingApiFactory>
{
    [Fact]
    public async Task A_page_of_plans_in_the_default_order_reads_its_index_instead_of_sorting_the_table()
    {
        await api.CreateGraphQLClient().DataAsync("{ plans(first: 5) { nodes { number title } } }");
        var page = api.Sql.Statements.Last(s => s.Sql.Contains("FROM \"Plans\"", StringComparison.Ordinal) && s.Sql.Contains("ORDER BY", StringComparison.Ordinal));

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = api.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + page.Sql;
        var steps = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(3));
            }
        }

        Assert.Contains(steps, s => s.Contains(QueryIndexes.PlansByDate, StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}
