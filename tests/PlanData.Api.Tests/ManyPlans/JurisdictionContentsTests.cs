using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.ManyPlans;

/// <summary>
/// A jurisdiction's own plans, agencies and documents as nested connections: the unit itself only (not the
/// units merged into it, nor those under it), paged, filtered and sorted in SQL, one statement a level.
/// </summary>
[Collection(ManyPlansCollection.Name)]
public sealed class JurisdictionContentsTests(ManyPlansApiFactory api)
{
    [Theory]
    [InlineData("quang-ngai", new[] { "quang-ngai 04/KH-BCĐ 2022", "quang-ngai 04/KH-BCĐ 2023" })]
    [InlineData("Quảng-Ngãi", new[] { "quang-ngai 04/KH-BCĐ 2022", "quang-ngai 04/KH-BCĐ 2023" })]
    [InlineData("kon-tum", new[] { "kon-tum 04/KH-BCĐ 2022" })]
    [InlineData("kon-tum/thanh-pho-kon-tum", new[] { "kon-tum/thanh-pho-kon-tum 88/KH-UBND 2023" })]
    [InlineData("hai-phong", new[] { "hai-phong 120/KH-UBND 2021" })]
    [InlineData("ha-tinh", new[] { "ha-tinh 27/KH-UBND undated", "ha-tinh 50/KH-UBND 2022" })]
    [InlineData("quang-ngai/xa-tinh-tra", new[] { "quang-ngai/xa-tinh-tra 15/KH-UBND 2024" })]
    [InlineData("quang-ngai/xa-tho-phong", new string[0])]
    [InlineData("viet-nam", new string[0])]
    public async Task A_unit_lists_exactly_its_own_plans_by_date_of_issue_not_those_merged_into_it_or_under_it(string code, string[] expected)
    {
        var plans = (await api.CreateGraphQLClient().DataAsync(
            "query($code: String) { jurisdiction(code: $code) { plans(first: 100) { totalCount nodes { number year jurisdiction { code } } } } }", new { code }))["jurisdiction"]!["plans"]!;

        Assert.Equal(expected, plans["nodes"]!.AsArray().Select(PlanLists.Show));
        Assert.Equal(expected.Length, (int?)plans["totalCount"]);
    }

    [Theory]
    [InlineData("where: { year: { eq: 2023 } }", new[] { "04/KH-BCĐ 2023" })]
    [InlineData("where: { items: { some: { title: { icontains: \"khoa hoc mo\" } } } }", new[] { "04/KH-BCĐ 2022" })]
    [InlineData("where: { references: { some: { relation: { eq: IMPLEMENTS } } } }", new[] { "04/KH-BCĐ 2023" })]
    [InlineData("order: [{ issuedOn: DESC }]", new[] { "04/KH-BCĐ 2023", "04/KH-BCĐ 2022" })]
    [InlineData("first: 1", new[] { "04/KH-BCĐ 2022" })]
    [InlineData("last: 1", new[] { "04/KH-BCĐ 2023" })]
    [InlineData("first: 1, order: [{ year: DESC }], where: { jurisdiction: { code: { eq: \"quang-ngai\" } } }", new[] { "04/KH-BCĐ 2023" })]
    public async Task A_units_plans_take_the_filters_orders_and_pages_of_the_plans_list(string arguments, string[] expected)
    {
        var plans = (await api.CreateGraphQLClient().DataAsync(
            $$"""{ jurisdiction(code: "quang-ngai") { plans({{arguments}}) { nodes { number year } } } }"""))["jurisdiction"]!["plans"]!;

        Assert.Equal(expected, plans["nodes"]!.AsArray().Select(p => $"{p!["number"]} {p["year"]}"));
    }

    [Fact]
    public async Task Paging_through_a_units_plans_continues_from_the_cursor_with_exact_page_flags()
    {
        var client = api.CreateGraphQLClient();
        const string Query = """
            query($after: String, $before: String, $first: Int, $last: Int) { jurisdiction(code: "ha-tinh") {
              plans(first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { number } } } }
            """;

        var first = (await client.DataAsync(Query, new { first = 1 }))["jurisdiction"]!["plans"]!;
        var second = (await client.DataAsync(Query, new { first = 1, after = (string?)first["pageInfo"]!["endCursor"] }))["jurisdiction"]!["plans"]!;
        var back = (await client.DataAsync(Query, new { last = 1, before = (string?)second["pageInfo"]!["startCursor"] }))["jurisdiction"]!["plans"]!;

        Assert.Equal(["27/KH-UBND"], first["nodes"]!.AsArray().Select(n => (string?)n!["number"]));
        Assert.Equal((true, false), ((bool)first["pageInfo"]!["hasNextPage"]!, (bool)first["pageInfo"]!["hasPreviousPage"]!));
        Assert.Equal(["50/KH-UBND"], second["nodes"]!.AsArray().Select(n => (string?)n!["number"]));
        Assert.Equal((false, true), ((bool)second["pageInfo"]!["hasNextPage"]!, (bool)second["pageInfo"]!["hasPreviousPage"]!));
        Assert.Equal(["27/KH-UBND"], back["nodes"]!.AsArray().Select(n => (string?)n!["number"]));
        Assert.Equal((true, false), ((bool)back["pageInfo"]!["hasNextPage"]!, (bool)back["pageInfo"]!["hasPreviousPage"]!));
        Assert.All(new[] { first, second, back }, page => Assert.Equal(2, (int?)page["totalCount"]));
    }

    [Theory]
    [InlineData("quang-ngai", "", new[] { "quang-ngai/bcd-cds", "quang-ngai/so-khcn", "quang-ngai/so-tttt", "quang-ngai/ubnd-tinh" })]
    [InlineData("quang-ngai", "where: { kind: { eq: PROVINCIAL_DEPARTMENT } }", new[] { "quang-ngai/so-khcn", "quang-ngai/so-tttt" })]
    [InlineData("quang-ngai", "where: { currentSuccessor: { code: { eq: \"quang-ngai/so-khcn\" } } }, order: [{ name: DESC }]", new[] { "quang-ngai/so-tttt", "quang-ngai/so-khcn" })]
    [InlineData("kon-tum", "", new[] { "kon-tum/bcd-cds", "kon-tum/so-tttt" })]
    [InlineData("quang-ngai/xa-tinh-tra", "", new[] { "quang-ngai/xa-tinh-tra/ubnd" })]
    [InlineData("viet-nam", "", new[] { "viet-nam/thu-tuong-chinh-phu" })]
    [InlineData("hue", "", new string[0])]
    public async Task A_unit_lists_its_own_agencies_by_code_not_those_of_the_units_under_it_or_merged_into_it(string code, string arguments, string[] expected)
    {
        var agencies = (await api.CreateGraphQLClient().DataAsync(
            $$"""query($code: String) { jurisdiction(code: $code) { agencies(first: 100{{(arguments.Length == 0 ? "" : ", " + arguments)}}) { totalCount nodes { code jurisdiction { code } } } } }""",
            new { code }))["jurisdiction"]!["agencies"]!;

        Assert.Equal(expected, agencies["nodes"]!.AsArray().Select(a => (string?)a!["code"]));
        Assert.All(agencies["nodes"]!.AsArray(), a => Assert.Equal(code, (string?)a!["jurisdiction"]!["code"]));
        Assert.Equal(expected.Length, (int?)agencies["totalCount"]);
    }

    [Fact]
    public async Task A_units_agencies_are_the_agencies_list_filtered_on_its_code_in_the_same_order()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { jurisdiction(code: "hai-phong") { agencies(first: 100) { nodes { id } } }
              agencies(first: 100, where: { jurisdiction: { code: { eq: "hai-phong" } } }) { nodes { id } } }
            """);

        var own = data["jurisdiction"]!["agencies"]!["nodes"]!.AsArray().Select(a => (string?)a!["id"]).ToList();
        Assert.Equal(3, own.Count);
        Assert.Equal(data["agencies"]!["nodes"]!.AsArray().Select(a => (string?)a!["id"]), own);
    }

    [Fact]
    public async Task A_units_documents_are_paged_in_the_order_of_the_documents_list()
    {
        var client = api.CreateGraphQLClient();
        var numbers = new List<string>();
        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = (await client.DataAsync(
                "query($after: String) { jurisdiction(code: \"ha-tinh\") { documents(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id number issuedOn } } } }", new { after }))["jurisdiction"]!["documents"]!;
            Assert.Equal(24, (int?)page["totalCount"]);
            numbers.AddRange(page["nodes"]!.AsArray().Select(n => $"{n!["number"]} {n["issuedOn"]}".TrimEnd()));
            ids.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        // The 22 decisions 01/QĐ-UBND the plan 50/KH-UBND cites (2000 to 2021), then the province's two plans, by key.
        Assert.Equal([.. ManyPlansDocuments.RepeatedDecisionYears.Select(y => $"01/QĐ-UBND {y}-01-02"), "50/KH-UBND 2022-01-15", "27/KH-UBND"], numbers);
        var listed = await client.DataAsync("""{ documents(first: 100, where: { jurisdiction: { code: { eq: "ha-tinh" } } }) { nodes { id } } }""");
        Assert.Equal(listed["documents"]!["nodes"]!.AsArray().Select(n => (string?)n!["id"]), ids);
    }

    [Theory]
    [InlineData("viet-nam", "", new[] { "749/QĐ-TTg" })]
    [InlineData("kon-tum", "", new[] { "04/KH-BCĐ" })]
    [InlineData("kon-tum/thanh-pho-kon-tum", "", new[] { "88/KH-UBND" })]
    [InlineData("ha-tinh", "where: { kind: { eq: PLAN } }, order: [{ number: ASC }]", new[] { "27/KH-UBND", "50/KH-UBND" })]
    [InlineData("ha-tinh", "where: { referencedBy: { any: false } }", new[] { "50/KH-UBND", "27/KH-UBND" })]
    [InlineData("quang-ngai/xa-tho-phong", "", new string[0])]
    public async Task A_unit_lists_the_documents_of_its_own(string code, string arguments, string[] expected)
    {
        var documents = (await api.CreateGraphQLClient().DataAsync(
            $$"""query($code: String) { jurisdiction(code: $code) { documents(first: 100{{(arguments.Length == 0 ? "" : ", " + arguments)}}) { totalCount nodes { number } } } }""",
            new { code }))["jurisdiction"]!["documents"]!;

        Assert.Equal(expected, documents["nodes"]!.AsArray().Select(d => (string?)d!["number"]));
        Assert.Equal(expected.Length, (int?)documents["totalCount"]);
    }

    [Theory]
    [InlineData("""plans: { some: { year: { eq: 2023 } } }""", new[] { "hai-duong", "kon-tum/thanh-pho-kon-tum", "quang-ngai" })]
    [InlineData("""level: { eq: PROVINCIAL }, agencies: { any: false }""", new[] { "hue", "lao-cai" })]
    [InlineData("""documents: { some: { kind: { eq: DECISION } } }""", new[] { "ha-tinh", "viet-nam" })]
    [InlineData("""endedOn: { neq: null }, plans: { none: { year: { lt: 2023 } } }""", new[] { "hai-duong", "kon-tum/thanh-pho-kon-tum", "quang-ngai/huyen-son-tinh", "quang-ngai/xa-tinh-tra" })]
    public async Task Jurisdictions_are_filtered_by_what_they_hold(string where, string[] expected)
    {
        var data = await api.CreateGraphQLClient().DataAsync($$"""{ jurisdictions(first: 100, where: { {{where}} }) { nodes { code } } }""");

        Assert.Equal(expected, data["jurisdictions"]!["nodes"]!.AsArray().Select(n => (string?)n!["code"]));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(100)]
    public async Task The_contents_of_the_jurisdictions_of_any_number_of_plans_cost_one_statement_a_level(int plans)
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync($$"""
            { plans(first: {{plans}}) { nodes { jurisdiction { code
                plans(first: 1) { totalCount nodes { number document { jurisdiction { code } } } }
                agencies(where: { kind: { eq: PROVINCIAL_DEPARTMENT } }) { totalCount }
                documents(first: 100) { totalCount } } } } }
            """);

        var jurisdictions = data["plans"]!["nodes"]!.AsArray().Select(p => p!["jurisdiction"]!).ToList();
        Assert.Equal(Math.Min(plans, 9), jurisdictions.Count);
        Assert.All(jurisdictions, j => Assert.All(j["plans"]!["nodes"]!.AsArray(), p => Assert.Equal((string?)j["code"], (string?)p!["document"]!["jurisdiction"]!["code"])));
        if (plans == 100)
        {
            var haTinh = jurisdictions.First(j => (string?)j["code"] == "ha-tinh");
            Assert.Equal((2, 1, 24), ((int)haTinh["plans"]!["totalCount"]!, (int)haTinh["agencies"]!["totalCount"]!, (int)haTinh["documents"]!["totalCount"]!));
        }

        // The plans; their jurisdictions; the jurisdictions' plans, agencies and documents (a statement each, for all
        // jurisdictions at once); the nested plans' documents. Their jurisdictions were loaded a level above.
        var statements = api.Sql.Statements;
        Assert.Equal(6, statements.Count);
        Assert.Equal(4, statements.Count(s => s.Sql.Contains("FROM \"Jurisdictions\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_units_page_is_numbered_over_its_own_rows_only()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync("""{ jurisdiction(code: "ha-tinh") { documents(first: 3) { nodes { number } } } }""");

        Assert.Equal(3, data["jurisdiction"]!["documents"]!["nodes"]!.AsArray().Count);
        // The lookup, then the window of 3 documents and the row after it that tells whether a next page follows.
        Assert.Equal([1, 4], api.Sql.Statements.Select(s => s.RowsRead));

        // The subquery that numbers each unit's documents keeps to the units asked for (by the foreign key's
        // index) instead of numbering every document of every unit before the join.
        // SQLite: = @p or IN (@p, ...); PostgreSQL: = ANY (@p).
        Assert.Matches(
            """ROW_NUMBER\(\) OVER\(PARTITION BY [^\n]*\n\s*FROM "Documents" AS [^\n]*\n\s*WHERE [^\n]*"JurisdictionCode" (= @|IN \(@|= ANY \(@)""",
            api.Sql.Statements[1].Sql);
    }
}
