using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Filtering;

/// <summary>
/// Filters run in SQL: the statement SQLite (or PostgreSQL) receives carries the condition, and it reads exactly the rows
/// the API returns, so no row is fetched only to be dropped in memory.
/// </summary>
public sealed class SqlFilterTests(SqlRecordingApiFactory api) : IClassFixture<SqlRecordingApiFactory>
{
    [Theory]
    [InlineData("""title: { contains: "Ban Chỉ đạo" }""", new[] { 1, 2, 4, 5, 8 }, "instr(\"p\".\"Title\"", "p.\"Title\" LIKE @")]
    [InlineData("""title: { startsWith: "Ký kết" }""", new[] { 9, 10 }, "substr(\"p\".\"Title\"", "p.\"Title\" LIKE @")]
    [InlineData("""title: { endsWith: "Ban Chỉ đạo" }""", new[] { 1, 2, 5 }, "substr(\"p\".\"Title\"", "p.\"Title\" LIKE @")]
    [InlineData("""title: { icontains: "chuyen doi so" }""", new[] { 1, 4, 8, 9, 10, 11 }, "\"p\".\"TitleFolded\"", "p.\"TitleFolded\" LIKE @")]
    [InlineData("""title: { iin: ["KÝ KẾT “HỢP TÁC XÂY DỰNG CHIẾN LƯỢC PHÁT TRIỂN CHUYỂN ĐỔI SỐ TỈNH QUẢNG NGÃI ĐẾN NĂM 2030”", "tham gia hoi nghi hop tac phat trien cntt-tt viet nam lan thu xxiv"] }""", new[] { 6, 9 }, "\"p\".\"TitleFolded\" IN (", "p.\"TitleFolded\" = ANY (@")]
    [InlineData("""number: { gte: 10 }""", new[] { 10, 11 }, "\"p\".\"Number\" >=", "p.\"Number\" >=")]
    [InlineData("""schedule: { kind: { eq: QUARTER } }""", new[] { 3, 9 }, "\"p\".\"Schedule_Kind\" =", "p.\"Schedule_Kind\" =")]
    [InlineData("""schedule: { end: { eq: null } }""", new[] { 5, 6, 7, 11 }, "\"p\".\"Schedule_End\" IS NULL", "p.\"Schedule_End\" IS NULL")]
    [InlineData("""completedAtIssue: { eq: true }""", new[] { 1, 2 }, "\"p\".\"CompletedAtIssue\"", "p.\"CompletedAtIssue\"")]
    [InlineData("""leadAgency: { name: { ieq: "so thong tin va truyen thong" } }, number: { lt: 3 }""", new[] { 1, 2 }, "\"NameFolded\"", "\"NameFolded\" = @")]
    [InlineData("""assignments: { some: { agency: { name: { eq: "Sở Y tế" } } } }""", new[] { 3 }, "EXISTS (", "EXISTS (")]
    [InlineData("""assignments: { all: { role: { in: [LEAD, COORDINATING] } } }""", new[] { 1, 2, 7 }, "NOT EXISTS (", "NOT EXISTS (")]
    [InlineData("""tasks: { any: true }""", new[] { 11 }, "EXISTS (", "EXISTS (")]
    [InlineData("""status: { eq: IN_PROGRESS }""", new[] { 3, 10 }, "CASE", "CASE")]
    [InlineData("""or: [{ schedule: { kind: { eq: RECURRING } } }, { title: { istartsWith: "ky ket" } }]""", new[] { 7, 9, 10, 11 }, " OR ", " OR ")]
    public async Task Item_filters_are_conditions_of_the_one_statement_and_read_only_matching_rows(string where, int[] expected, string condition, string postgresCondition)
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var numbers = await Numbers(client, $$"""{ planItems(first: 100, asOf: "2022-03-10", where: { {{where}} }) { nodes { number } } }""");

        Assert.Equal(expected, numbers);
        var statement = Assert.Single(api.Sql.Statements);
        var filter = statement.Sql[statement.Sql.IndexOf("\nWHERE ", StringComparison.Ordinal)..];
        Assert.Contains(TestDatabase.IsPostgres ? postgresCondition : condition, filter, StringComparison.Ordinal);
        Assert.Equal(expected.Length, statement.RowsRead);
    }

    [Theory]
    [InlineData("""aliases: { some: { ieq: "stttt" } }""", new[] { "quang-ngai/so-tttt" }, "json_each(\"a\".\"AliasesFolded\")", "= ANY (a.\"AliasesFolded\")")]
    [InlineData("""currentSuccessor: { code: { eq: "quang-ngai/so-khcn" } }""", new[] { "quang-ngai/so-khcn", "quang-ngai/so-tttt" }, "\"a\".\"Code\" = @", "a.\"Code\" = @")]
    [InlineData("""isCollective: { eq: true }, shortName: { neq: null }""", new[] { "quang-ngai/ubnd-cac-huyen" }, "\"a\".\"ShortName\" IS NOT NULL", "a.\"ShortName\" IS NOT NULL")]
    public async Task Agency_filters_run_in_sql(string where, string[] expected, string condition, string postgresCondition)
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync($$"""{ agencies(first: 100, where: { {{where}} }) { nodes { code } } }""");

        Assert.Equal(expected, data["agencies"]!["nodes"]!.AsArray().Select(n => (string)n!["code"]!));
        var statement = Assert.Single(api.Sql.Statements);
        Assert.Contains(TestDatabase.IsPostgres ? postgresCondition : condition, statement.Sql[statement.Sql.IndexOf("\nWHERE ", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(expected.Length, statement.RowsRead);
    }

    [Fact]
    public async Task StartsWith_and_endsWith_reach_sqlite_without_like_which_ignores_ascii_case()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        Assert.Empty(await Numbers(client, """{ planItems(first: 100, where: { title: { startsWith: "ký kết" } }) { nodes { number } } }"""));
        Assert.Empty(await Numbers(client, """{ planItems(first: 100, where: { title: { nstartsWith: "K", endsWith: "ban chỉ đạo" } }) { nodes { number } } }"""));
        Assert.Empty(await Numbers(client, """{ planItems(first: 100, where: { content: { startsWith: "họp" } }) { nodes { number } } }"""));

        Assert.Equal(3, api.Sql.Statements.Count);
        // SQLite's LIKE ignores ASCII case, so it is avoided there; PostgreSQL's is case-sensitive and serves the trigram indexes.
        Assert.All(api.Sql.Statements, s => Assert.Equal(TestDatabase.IsPostgres, s.Sql.Contains(" LIKE ", StringComparison.Ordinal)));
        Assert.All(api.Sql.Statements, s => Assert.Equal(0, s.RowsRead));
    }

    [Fact]
    public async Task A_filtered_nested_connection_reads_only_its_matching_rows()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync("""
            { plans { nodes { items(first: 100, where: { schedule: { kind: { in: [QUARTER, MONTH_RANGE] } } }) { totalCount nodes { number } } } } }
            """);

        var items = data["plans"]!["nodes"]![0]!["items"]!;
        Assert.Equal([3, 9, 10], items["nodes"]!.AsArray().Select(n => (int)n!["number"]!));
        Assert.Equal(3, (int)items["totalCount"]!);
        Assert.Equal(2, api.Sql.Statements.Count);
        var nested = api.Sql.Statements[1];
        Assert.Contains(TestDatabase.IsPostgres ? "\"Schedule_Kind\" = ANY (" : "\"Schedule_Kind\" IN (", nested.Sql, StringComparison.Ordinal);
        Assert.Equal(3, nested.RowsRead);
    }

    [Fact]
    public async Task A_filtered_page_reads_one_row_beyond_the_page_and_counts_in_sql()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync("""{ planItems(first: 2, where: { title: { icontains: "chuyen doi so" } }) { totalCount nodes { number } pageInfo { hasNextPage } } }""");

        Assert.Equal([1, 4], data["planItems"]!["nodes"]!.AsArray().Select(n => (int)n!["number"]!));
        Assert.Equal(6, (int)data["planItems"]!["totalCount"]!);
        Assert.True((bool)data["planItems"]!["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(2, api.Sql.Statements.Count);
        Assert.Equal(3, api.Sql.Statements[0].RowsRead);
        Assert.Contains("COUNT(*)", api.Sql.Statements[1].Sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"TitleFolded\"", api.Sql.Statements[1].Sql, StringComparison.Ordinal);
        Assert.Equal(1, api.Sql.Statements[1].RowsRead);
    }

    private static async Task<int[]> Numbers(GraphQLClient client, string query) =>
        [.. (await client.DataAsync(query))["planItems"]!["nodes"]!.AsArray().Select(n => (int)n!["number"]!)];
}
