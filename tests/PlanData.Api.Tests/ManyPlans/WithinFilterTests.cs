using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.ManyPlans;

/// <summary>
/// <c>within</c>: a unit, the units merged into it, and the districts and communes under them, wherever
/// a list filters on a jurisdiction (plans, their items, agencies, documents through their issuer).
/// </summary>
[Collection(ManyPlansCollection.Name)]
public sealed class WithinFilterTests(ManyPlansApiFactory api)
{
    [Theory]
    [InlineData("quang-ngai", new[] { "quang-ngai 04/KH-BCĐ 2022", "kon-tum 04/KH-BCĐ 2022", "quang-ngai 04/KH-BCĐ 2023", "kon-tum/thanh-pho-kon-tum 88/KH-UBND 2023", "quang-ngai/xa-tinh-tra 15/KH-UBND 2024" })]
    [InlineData("Quảng-Ngãi", new[] { "quang-ngai 04/KH-BCĐ 2022", "kon-tum 04/KH-BCĐ 2022", "quang-ngai 04/KH-BCĐ 2023", "kon-tum/thanh-pho-kon-tum 88/KH-UBND 2023", "quang-ngai/xa-tinh-tra 15/KH-UBND 2024" })]
    [InlineData("kon-tum", new[] { "kon-tum 04/KH-BCĐ 2022", "kon-tum/thanh-pho-kon-tum 88/KH-UBND 2023" })]
    [InlineData("hai-phong", new[] { "hai-phong 120/KH-UBND 2021", "hai-duong 1914/KH-UBND 2023" })]
    [InlineData("hai-duong", new[] { "hai-duong 1914/KH-UBND 2023" })]
    [InlineData("quang-ngai/huyen-son-tinh", new[] { "quang-ngai/xa-tinh-tra 15/KH-UBND 2024" })]
    [InlineData("QUANG-NGAI/XA-THO-PHONG", new[] { "quang-ngai/xa-tinh-tra 15/KH-UBND 2024" })]
    [InlineData("ha-tinh", new[] { "ha-tinh 27/KH-UBND undated", "ha-tinh 50/KH-UBND 2022" })]
    [InlineData("hue", new string[0])]
    [InlineData("sai-gon", new string[0])]
    [InlineData("quang-ngai\u0000", new string[0])]
    public async Task Plans_within_a_unit_are_its_own_those_of_the_units_merged_into_it_and_those_under_them(string code, string[] expected)
    {
        var plans = await api.CreateGraphQLClient().PlansAsync($$"""where: { jurisdiction: { within: {{System.Text.Json.JsonSerializer.Serialize(code)}} } }""");

        Assert.Equal(expected, plans);
    }

    [Theory]
    [InlineData("""jurisdiction: { within: "quang-ngai", level: { eq: PROVINCIAL } }""", new[] { "quang-ngai 04/KH-BCĐ 2022", "kon-tum 04/KH-BCĐ 2022", "quang-ngai 04/KH-BCĐ 2023" })]
    [InlineData("""or: [{ jurisdiction: { within: "kon-tum" } }, { jurisdiction: { within: "hai-duong" } }]""", new[] { "kon-tum 04/KH-BCĐ 2022", "kon-tum/thanh-pho-kon-tum 88/KH-UBND 2023", "hai-duong 1914/KH-UBND 2023" })]
    [InlineData("""jurisdiction: { within: "quang-ngai" }, year: { eq: 2023 }""", new[] { "quang-ngai 04/KH-BCĐ 2023", "kon-tum/thanh-pho-kon-tum 88/KH-UBND 2023" })]
    [InlineData("""jurisdiction: { parent: { within: "quang-ngai" } }""", new[] { "kon-tum/thanh-pho-kon-tum 88/KH-UBND 2023", "quang-ngai/xa-tinh-tra 15/KH-UBND 2024" })]
    public async Task Within_combines_with_the_other_filters(string where, string[] expected)
    {
        Assert.Equal(expected, await api.CreateGraphQLClient().PlansAsync($$"""where: { {{where}} }"""));
    }

    [Fact]
    public async Task Items_agencies_and_documents_filter_within_a_unit_too()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            {
              planItems(first: 100, where: { plan: { jurisdiction: { within: "quang-ngai" } } }) { totalCount nodes { leadAgency { code } } }
              agencies(first: 100, where: { jurisdiction: { within: "hai-phong" } }) { nodes { code } }
              documents(first: 100, where: { issuer: { jurisdiction: { within: "kon-tum" } } }) { nodes { number } }
            }
            """);

        Assert.Equal(
            ["quang-ngai/so-tttt", "quang-ngai/so-khcn", "kon-tum/so-tttt", "quang-ngai/so-tttt", "quang-ngai/xa-tinh-tra/ubnd", "kon-tum/thanh-pho-kon-tum/ubnd"],
            data["planItems"]!["nodes"]!.AsArray().Select(i => (string?)i!["leadAgency"]!["code"]));
        Assert.Equal(
            ["hai-duong/so-tttt", "hai-duong/ubnd-tinh", "hai-phong/so-tai-chinh", "hai-phong/so-tttt", "hai-phong/ubnd-thanh-pho"],
            data["agencies"]!["nodes"]!.AsArray().Select(a => (string?)a!["code"]));
        Assert.Equal(["88/KH-UBND", "04/KH-BCĐ"], data["documents"]!["nodes"]!.AsArray().Select(d => (string?)d!["number"]));
    }

    [Fact]
    public async Task Within_is_one_condition_of_the_one_statement_and_reads_only_the_matching_plans()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync("""{ plans(first: 100, where: { jurisdiction: { within: "quang-ngai" } }) { nodes { number } } }""");

        Assert.Equal(5, data["plans"]!["nodes"]!.AsArray().Count);
        var statement = Assert.Single(api.Sql.Statements);
        Assert.Contains("MergedIntoCode", statement.Sql[statement.Sql.IndexOf("\nWHERE ", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(5, statement.RowsRead);
    }

    [Fact]
    public async Task Within_null_is_refused_like_any_null_filter()
    {
        var response = await api.CreateGraphQLClient().PostAsync("""{ plans(where: { jurisdiction: { within: null } }) { totalCount } }""");

        var error = response.SingleError;
        Assert.Equal("HC0026", (string?)error["extensions"]!["code"]);
        Assert.Equal("The provided value for filter `within` of type JurisdictionFilterInput is invalid. Null values are not supported.", (string?)error["message"]);
        Assert.Null((JsonNode?)response.Body["data"]!["plans"]);
    }
}
