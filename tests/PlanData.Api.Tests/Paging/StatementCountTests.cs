using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Paging;

/// <summary>
/// One SQL statement per list or object level of a query, however many parents the level has:
/// nested connections page all parents at once, related objects and lists come through batch loaders.
/// </summary>
public sealed class StatementCountTests(SqlRecordingApiFactory api) : IClassFixture<SqlRecordingApiFactory>
{
    [Fact]
    public async Task A_query_four_levels_deep_over_every_item_sends_one_statement_a_level()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync("""
            { plans { nodes { items(first: 20) { nodes { number assignments { agency { code jurisdiction { name } } } } } } } }
            """);

        var items = data["plans"]!["nodes"]![0]!["items"]!["nodes"]!.AsArray();
        Assert.Equal(11, items.Count);
        Assert.Equal(37, items.Sum(i => i!["assignments"]!.AsArray().Count));
        Assert.Equal("Việt Nam", (string?)items[8]!["assignments"]![1]!["agency"]!["jurisdiction"]!["name"]);

        // plans, their items, the items' assignments, the assignments' agencies, the agencies' jurisdictions.
        var statements = api.Sql.Statements;
        Assert.Equal(5, statements.Count);
        Assert.Equal([1, 11, 37, 16, 2], statements.Select(s => s.RowsRead));
        Assert.Contains("FROM \"Plans\"", statements[0].Sql, StringComparison.Ordinal);
        Assert.Contains("FROM \"PlanItems\"", statements[1].Sql, StringComparison.Ordinal);
        Assert.Contains("FROM \"Assignments\"", statements[2].Sql, StringComparison.Ordinal);
        Assert.Contains("FROM \"Agencies\"", statements[3].Sql, StringComparison.Ordinal);
        Assert.Contains("FROM \"Jurisdictions\"", statements[4].Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nodes_by_id_are_one_statement_per_type_in_request_order()
    {
        var client = api.CreateGraphQLClient();
        var items = (await client.DataAsync("{ planItems(first: 4) { nodes { id } } }"))["planItems"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
        var agencies = (await client.DataAsync("{ agencies(first: 2) { nodes { id } } }"))["agencies"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
        var unknown = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("Agency:no/such-agency"));
        List<string> ids = [items[3], agencies[1], items[0], unknown, agencies[0], items[3]];
        api.Sql.Clear();

        var nodes = (await client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids }))["nodes"]!.AsArray();

        Assert.Equal(ids.Select(id => id == unknown ? null : id), nodes.Select(n => (string?)n?["id"]));
        Assert.Equal(2, api.Sql.Statements.Count);
    }

    [Fact]
    public async Task Counts_and_page_flags_of_a_nested_connection_come_with_its_rows()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync("""
            { plans { totalCount nodes { items(first: 4) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { number } } } } }
            """);

        var items = data["plans"]!["nodes"]![0]!["items"]!;
        Assert.Equal(11, (int)items["totalCount"]!);
        Assert.True((bool)items["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(1, (int)data["plans"]!["totalCount"]!);

        // The plans page, the plans' count, then one statement for the items with their count.
        Assert.Equal(3, api.Sql.Statements.Count);
        Assert.Equal(5, api.Sql.Statements[2].RowsRead);
    }

    [Fact]
    public async Task Nested_connections_of_every_agency_are_one_statement()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync("""
            { agencies(first: 100) { nodes { code assignments(first: 100, where: { role: { eq: LEAD } }) { totalCount nodes { item { number plan { number } } } } } } }
            """);

        var agencies = data["agencies"]!["nodes"]!.AsArray();
        // Every agency of the seed registry (seed/agencies.json), each with its nested page.
        Assert.Equal(65, agencies.Count);
        var lead = agencies.Single(a => (string?)a!["code"] == "quang-ngai/so-tttt")!["assignments"]!;
        Assert.Equal([1, 2, 7], lead["nodes"]!.AsArray().Select(n => (int)n!["item"]!["number"]!));
        Assert.All(agencies.Where(a => (string?)a!["code"] != "quang-ngai/so-tttt"), a => Assert.Equal(0, (int)a!["assignments"]!["totalCount"]!));

        // agencies, their assignments, the assignments' items, the items' plans. The assignments statement
        // selects the parents with their windows joined: one row for each of the 64 agencies without a lead
        // assignment, and the 3 assignments of quang-ngai/so-tttt.
        Assert.Equal(4, api.Sql.Statements.Count);
        Assert.Equal([65, 64 + 3, 3, 1], api.Sql.Statements.Select(s => s.RowsRead));
        Assert.Contains("\"Role\" = ", api.Sql.Statements[1].Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Current_successors_of_every_agency_take_two_statements()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync("{ agencies(first: 100) { nodes { code currentSuccessor { code } } } }");

        var agencies = data["agencies"]!["nodes"]!.AsArray().ToDictionary(a => (string)a!["code"]!, a => (string)a!["currentSuccessor"]!["code"]!);
        Assert.Equal("quang-ngai/so-khcn", agencies["quang-ngai/so-tttt"]);
        Assert.Equal("viet-nam/bo-khcn", agencies["viet-nam/bo-tttt"]);
        Assert.Equal("quang-ngai/so-y-te", agencies["quang-ngai/so-y-te"]);

        // The agencies; the end of each successor chain, followed in SQL; the agencies those ends are.
        Assert.Equal(3, api.Sql.Statements.Count);
    }

    [Fact]
    public async Task The_same_nested_connection_with_other_arguments_is_a_statement_of_its_own()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync("""
            {
              plans { nodes { a: items(first: 2) { nodes { number } } b: items(first: 3, order: [{ number: DESC }]) { nodes { number } } } }
              again: plans { nodes { a: items(first: 1, where: { number: { gt: 5 } }) { nodes { number } } } }
            }
            """);

        Assert.Equal([1, 2], data["plans"]!["nodes"]![0]!["a"]!["nodes"]!.AsArray().Select(n => (int)n!["number"]!));
        Assert.Equal([11, 10, 9], data["plans"]!["nodes"]![0]!["b"]!["nodes"]!.AsArray().Select(n => (int)n!["number"]!));
        Assert.Equal([6], data["again"]!["nodes"]![0]!["a"]!["nodes"]!.AsArray().Select(n => (int)n!["number"]!));
        Assert.Equal(5, api.Sql.Statements.Count);
    }

    [Fact]
    public async Task Related_objects_reached_from_many_rows_are_loaded_once()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync("""
            { planItems(first: 100) { nodes { leadAgency { code parent { code } } plan { issuer { code } } } } }
            """);

        var nodes = data["planItems"]!["nodes"]!.AsArray();
        Assert.Equal(11, nodes.Count);
        Assert.All(nodes, n => Assert.Equal("quang-ngai/ubnd-tinh", (string?)n!["leadAgency"]!["parent"]!["code"]));

        // items; lead agencies and plans (two loaders of one level); parents and issuers (one Agency loader).
        Assert.Equal(4, api.Sql.Statements.Count);
        Assert.Equal([11, 1, 1, 2], api.Sql.Statements.Select(s => s.RowsRead));
    }
}
