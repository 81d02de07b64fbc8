using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.ManyPlans;

/// <summary>plan(number:) and document(number:) when a number repeats across provinces and years.</summary>
[Collection(ManyPlansCollection.Name)]
public sealed class NumberLookupTests(ManyPlansApiFactory api)
{
    private const string PlanQuery = """
        query($number: String, $jurisdiction: String, $year: Int) {
          plan(number: $number, jurisdiction: $jurisdiction, year: $year) { number year issuedOn title jurisdiction { code } }
        }
        """;

    [Fact]
    public async Task A_number_that_names_three_plans_answers_null_with_the_candidates_by_jurisdiction_and_year()
    {
        var response = await api.CreateGraphQLClient().PostAsync(PlanQuery, new { number = "04/KH-BCĐ" });

        Assert.Equal(200, response.Status);
        Assert.Null((JsonNode?)response.Body["data"]!["plan"]);
        var error = response.SingleError;
        Assert.Equal("AMBIGUOUS_NUMBER", (string?)error["extensions"]!["code"]);
        Assert.Equal("plan", (string?)error["path"]![0]);
        Assert.Contains("names 3 plans", (string?)error["message"]);
        Assert.Contains("`jurisdiction`", (string?)error["message"]);
        Assert.Contains("`year`", (string?)error["message"]);
        Assert.Equal(3, (int?)error["extensions"]!["count"]);
        var candidates = error["extensions"]!["candidates"]!.AsArray();
        Assert.Equal(
            ["kon-tum 2022 2022-04-05", "quang-ngai 2022 2022-03-10", "quang-ngai 2023 2023-02-20"],
            candidates.Select(c => $"{c!["jurisdiction"]} {c["year"]} {c["issuedOn"]}"));
        var first = candidates[0]!;
        Assert.Equal("04/KH-BCĐ", (string?)first["number"]);
        Assert.Equal("Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Kon Tum năm 2022", (string?)first["title"]);

        // A candidate's id is the plan's global ID: asking for it by id gets that plan.
        var chosen = await api.CreateGraphQLClient().DataAsync("query($id: ID) { plan(id: $id) { jurisdiction { code } year } }", new { id = (string?)first["id"] });
        Assert.Equal("kon-tum", (string?)chosen["plan"]!["jurisdiction"]!["code"]);
    }

    [Theory]
    [InlineData("04/KH-BCĐ", null, 2023, "quang-ngai", 2023)]
    [InlineData("04/kh-bcd", "Kon-Tum", null, "kon-tum", 2022)]
    [InlineData("04 /KH-BCĐ", " QUẢNG-NGÃI ", 2022, "quang-ngai", 2022)]
    [InlineData("1914/KH-UBND", null, null, "hai-duong", 2023)]
    [InlineData("1914/KH-UBND", "hai-duong", 2023, "hai-duong", 2023)]
    public async Task Jurisdiction_and_year_narrow_a_number_to_one_plan(string number, string? jurisdiction, int? year, string expectedJurisdiction, int expectedYear)
    {
        var data = await api.CreateGraphQLClient().DataAsync(PlanQuery, new { number, jurisdiction, year });

        Assert.Equal(expectedJurisdiction, (string?)data["plan"]!["jurisdiction"]!["code"]);
        Assert.Equal(expectedYear, (int?)data["plan"]!["year"]);
    }

    [Fact]
    public async Task A_province_with_two_plans_of_the_number_is_still_ambiguous_and_lists_only_its_own()
    {
        var response = await api.CreateGraphQLClient().PostAsync(PlanQuery, new { number = "04/KH-BCĐ", jurisdiction = "quang-ngai" });

        Assert.Null((JsonNode?)response.Body["data"]!["plan"]);
        var error = response.SingleError;
        Assert.Contains("names 2 plans", (string?)error["message"]);
        Assert.Equal(["quang-ngai 2022", "quang-ngai 2023"], error["extensions"]!["candidates"]!.AsArray().Select(c => $"{c!["jurisdiction"]} {c["year"]}"));
    }

    [Fact]
    public async Task A_province_that_has_the_number_itself_is_not_confused_with_a_province_merged_into_it()
    {
        // kon-tum (merged into quang-ngai on 2025-07-01) also has a 04/KH-BCĐ of 2022: quang-ngai's own comes first.
        var data = await api.CreateGraphQLClient().DataAsync(PlanQuery, new { number = "04/KH-BCĐ", jurisdiction = "quang-ngai", year = 2022 });

        Assert.Equal("quang-ngai", (string?)data["plan"]!["jurisdiction"]!["code"]);
        Assert.Equal("Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022", (string?)data["plan"]!["title"]);
    }

    [Theory]
    [InlineData("88/KH-UBND", "quang-ngai", "kon-tum/thanh-pho-kon-tum")]
    [InlineData("88/KH-UBND", "kon-tum", "kon-tum/thanh-pho-kon-tum")]
    [InlineData("15/KH-UBND", "quang-ngai", "quang-ngai/xa-tinh-tra")]
    [InlineData("15/KH-UBND", "quang-ngai/xa-tho-phong", "quang-ngai/xa-tinh-tra")]
    [InlineData("1914/KH-UBND", "hai-phong", "hai-duong")]
    public async Task A_number_the_unit_lacks_is_found_among_the_units_merged_into_it_and_under_it(string number, string jurisdiction, string expected)
    {
        var data = await api.CreateGraphQLClient().DataAsync(PlanQuery, new { number, jurisdiction });

        Assert.Equal(expected, (string?)data["plan"]!["jurisdiction"]!["code"]);
    }

    [Theory]
    [InlineData("04/KH-BCĐ", "hai-phong", null)]
    [InlineData("04/KH-BCĐ", null, 2021)]
    [InlineData("04/KH-BCĐ", "ha-tinh", 2022)]
    [InlineData("1914/KH-UBND", "quang-ngai", null)]
    [InlineData("88/KH-UBND", "hai-duong", null)]
    [InlineData("04/KH-BCĐ", "quang-ngai\u0000", null)]
    public async Task A_number_that_names_nothing_there_answers_null_without_an_error(string number, string? jurisdiction, int? year)
    {
        var data = await api.CreateGraphQLClient().DataAsync(PlanQuery, new { number, jurisdiction, year });

        Assert.Null((JsonNode?)data["plan"]);
    }

    [Fact]
    public async Task An_undated_plan_is_found_by_its_number_with_a_null_year_and_date()
    {
        var data = await api.CreateGraphQLClient().DataAsync(PlanQuery, new { number = "27/KH-UBND" });

        Assert.Equal("ha-tinh", (string?)data["plan"]!["jurisdiction"]!["code"]);
        Assert.Null((JsonNode?)data["plan"]!["year"]);
        Assert.Null((JsonNode?)data["plan"]!["issuedOn"]);
    }

    [Fact]
    public async Task Document_lookup_tells_the_same_ambiguity_with_the_documents_summaries()
    {
        var response = await api.CreateGraphQLClient().PostAsync(
            """{ document(number: "04/KH-BCĐ") { number } }""");

        Assert.Null((JsonNode?)response.Body["data"]!["document"]);
        var error = response.SingleError;
        Assert.Equal("AMBIGUOUS_NUMBER", (string?)error["extensions"]!["code"]);
        Assert.Contains("names 3 documents", (string?)error["message"]);
        var candidates = error["extensions"]!["candidates"]!.AsArray();
        Assert.Equal(["kon-tum", "quang-ngai", "quang-ngai"], candidates.Select(c => (string?)c!["jurisdiction"]));
        Assert.StartsWith("TGVnYWxEb2N1bWVudDp", (string?)candidates[0]!["id"]);
        Assert.Equal("Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Kon Tum năm 2022", (string?)candidates[0]!["title"]);
    }

    [Theory]
    [InlineData("04/KH-BCĐ", "kon-tum", null, "kon-tum:2022:4/KH-BCĐ")]
    [InlineData("04/KH-BCĐ", null, 2023, "quang-ngai:2023:4/KH-BCĐ")]
    [InlineData("01/QĐ-UBND", "ha-tinh", 2021, "ha-tinh:2021:1/QĐ-UBND")]
    [InlineData("749/QĐ-TTg", null, null, "viet-nam:2020:749/QĐ-TTg")]
    public async Task Document_lookup_takes_jurisdiction_and_year_too(string number, string? jurisdiction, int? year, string key)
    {
        var data = await api.CreateGraphQLClient().DataAsync(
            "query($number: String, $jurisdiction: String, $year: Int) { document(number: $number, jurisdiction: $jurisdiction, year: $year) { id } }",
            new { number, jurisdiction, year });

        Assert.Equal(GraphQLIds.Encode("LegalDocument", key), (string?)data["document"]!["id"]);
    }

    [Fact]
    public async Task Twenty_two_documents_of_one_number_list_the_first_twenty_and_count_all_in_two_statements()
    {
        api.Sql.Clear();

        var response = await api.CreateGraphQLClient().PostAsync("""{ document(number: "01/QĐ-UBND", jurisdiction: "ha-tinh") { number } }""");

        var error = response.SingleError;
        Assert.Contains("names 22 documents", (string?)error["message"]);
        Assert.Equal(22, (int?)error["extensions"]!["count"]);
        Assert.Equal(
            ManyPlansDocuments.RepeatedDecisionYears.Take(20),
            error["extensions"]!["candidates"]!.AsArray().Select(c => (int)c!["year"]!));

        // The jurisdiction's own documents (its first 21), then their count; never every row of the number.
        var statements = api.Sql.Statements.Where(s => s.Sql.Contains("Documents", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, statements.Count);
        Assert.Equal(21, statements[0].RowsRead);
        Assert.Contains("count(*)", statements[1].Sql, StringComparison.OrdinalIgnoreCase);
    }
}
