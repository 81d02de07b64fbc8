using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.Tests.Filtering;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Plans;

namespace PlanData.Api.Tests.Paging;

/// <summary>
/// Cursors hold the sort key values of their row, not an offset: rows added between two requests, before
/// or after the cursor, neither repeat nor push rows off the next pages. Each test writes to its own API's
/// database file through a separate read-write connection.
/// </summary>
public sealed class KeysetStabilityTests
{
    private const string ByNumber = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          planItems(first: $first, after: $after, last: $last, before: $before) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { number }
          }
        }
        """;

    private const string ByTitle = """
        query($first: Int, $after: String) {
          planItems(first: $first, after: $after, order: [{ title: ASC }]) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { number }
          }
        }
        """;

    private const string Item7 = "Chỉ đạo, điều phối hoạt động ứng cứu sự cố an toàn thông tin mạng";

    [Fact]
    public async Task Rows_added_before_and_after_the_cursor_in_the_default_order()
    {
        await using var api = new SqlRecordingApiFactory();
        var client = api.CreateGraphQLClient();
        var first = await PageAsync(client, ByNumber, new { first = 4 });
        Assert.Equal([1, 2, 3, 4], Numbers(first));

        await AddItemsAsync(api, (-1, "Mục thêm trước"), (0, "Mục thêm trước nữa"), (12, "Mục thêm sau"), (13, "Mục thêm sau nữa"));

        var (rest, pages) = await PageOnAsync(client, ByNumber, EndCursor(first), 4);
        Assert.Equal([5, 6, 7, 8, 9, 10, 11, 12, 13], rest);
        Assert.All(pages, page => Assert.Equal(15, (int)page["totalCount"]!));
        Assert.All(pages, page => Assert.True((bool)page["pageInfo"]!["hasPreviousPage"]!));

        var back = await PageAsync(client, ByNumber, new { last = 4, before = StartCursor(first) });
        Assert.Equal([-1, 0], Numbers(back));
        Assert.Equal((true, false), ((bool)back["pageInfo"]!["hasNextPage"]!, (bool)back["pageInfo"]!["hasPreviousPage"]!));
    }

    [Fact]
    public async Task Rows_added_while_paging_backward_in_the_default_order()
    {
        await using var api = new SqlRecordingApiFactory();
        var client = api.CreateGraphQLClient();
        var last = await PageAsync(client, ByNumber, new { last = 3 });
        Assert.Equal([9, 10, 11], Numbers(last));

        await AddItemsAsync(api, (0, "Mục thêm trước"), (12, "Mục thêm sau"));

        var seen = new List<int>();
        var cursor = StartCursor(last);
        while (true)
        {
            var page = await PageAsync(client, ByNumber, new { last = 3, before = cursor });
            seen.InsertRange(0, Numbers(page));
            Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);
            if (!(bool)page["pageInfo"]!["hasPreviousPage"]!)
            {
                break;
            }

            cursor = StartCursor(page);
        }

        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8], seen);
    }

    [Fact]
    public async Task Rows_added_around_the_cursor_of_a_title_order_including_equal_titles()
    {
        await using var api = new SqlRecordingApiFactory();
        var client = api.CreateGraphQLClient();
        var first = await PageAsync(client, ByTitle, new { first = 3 });
        Assert.Equal([1, 11, 7], Numbers(first));

        // The cursor is item 7. Before it: a title sorting first, one between items 11 and 7, and item 7's
        // own title with a lower number; after it: item 7's title with a higher number, a title between
        // items 7 and 4, and one sorting last.
        await AddItemsAsync(
            api,
            (16, "An toàn thông tin mạng"),
            (12, "Chỉ đạo, ê kíp ứng cứu"),
            (0, Item7),
            (13, Item7),
            (14, "Chỉ đạo, ơ"),
            (15, "Xây dựng kế hoạch"));

        var (rest, pages) = await PageOnAsync(client, ByTitle, EndCursor(first), 3);

        Assert.Equal([13, 14, 4, 3, 10, 9, 8, 2, 5, 6, 15], rest);
        Assert.All(pages, page => Assert.Equal(17, (int)page["totalCount"]!));

        var everything = await client.ItemsAsync("order: [{ title: ASC }]");
        Assert.Equal([16, 1, 11, 12, 0, 7, 13, 14, 4, 3, 10, 9, 8, 2, 5, 6, 15], everything);
    }

    [Fact]
    public async Task A_cursor_stays_valid_when_its_own_row_is_gone()
    {
        await using var api = new SqlRecordingApiFactory();
        var client = api.CreateGraphQLClient();
        var first = await PageAsync(client, ByNumber, new { first = 4 });

        await using (var db = api.OpenWritableContext())
        {
            await db.Assignments.Where(a => a.Item!.Number == 4).ExecuteDeleteAsync();
            await db.PlanItems.Where(i => i.Number == 4).ExecuteDeleteAsync();
        }

        SqliteConnection.ClearAllPools();

        var (rest, _) = await PageOnAsync(client, ByNumber, EndCursor(first), 4);
        Assert.Equal([5, 6, 7, 8, 9, 10, 11], rest);
    }

    private static async Task AddItemsAsync(SqlRecordingApiFactory api, params (int Number, string Title)[] items)
    {
        await using (var db = api.OpenWritableContext())
        {
            var plan = await db.Plans.SingleAsync();
            foreach (var (number, title) in items)
            {
                db.PlanItems.Add(new PlanItem
                {
                    Key = $"{plan.Key}#test-{number}",
                    PlanId = plan.Id,
                    Number = number,
                    Code = $"test-{number}",
                    Title = title,
                    Schedule = new Schedule { Text = "Thường xuyên", Kind = ScheduleKind.Recurring },
                    SourceText = title,
                });
            }

            await db.SaveChangesAsync();
        }

        // The API's pooled read-only connections are dropped so that its next request opens the file afresh.
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Pages forward from a cursor to the end; every number comes back once or the test fails.</summary>
    private static async Task<(List<int> Numbers, List<JsonNode> Pages)> PageOnAsync(GraphQLClient client, string query, string cursor, int size)
    {
        var numbers = new List<int>();
        var pages = new List<JsonNode>();
        for (var more = true; more;)
        {
            var page = await PageAsync(client, query, new { first = size, after = cursor });
            pages.Add(page);
            numbers.AddRange(Numbers(page));
            more = (bool)page["pageInfo"]!["hasNextPage"]!;
            cursor = EndCursor(page);
            Assert.True(pages.Count < 50, "paging did not end");
        }

        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        return (numbers, pages);
    }

    private static async Task<JsonNode> PageAsync(GraphQLClient client, string query, object variables) =>
        (await client.DataAsync(query, variables))["planItems"]!;

    private static int[] Numbers(JsonNode page) => [.. page["nodes"]!.AsArray().Select(n => (int)n!["number"]!)];

    private static string EndCursor(JsonNode page) => page["pageInfo"]!["endCursor"]!.GetValue<string>();

    private static string StartCursor(JsonNode page) => page["pageInfo"]!["startCursor"]!.GetValue<string>();
}
