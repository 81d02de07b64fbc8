using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.ManyPlans;

/// <summary>Questions that cross provinces, each answered by one request.</summary>
[Collection(ManyPlansCollection.Name)]
public sealed class CrossProvinceTests(ManyPlansApiFactory api)
{
    [Fact]
    public async Task Every_plan_that_implements_749_QD_TTg_whatever_its_province()
    {
        var client = api.CreateGraphQLClient();

        var plans = await client.PlansAsync("""where: { references: { some: { relation: { eq: IMPLEMENTS }, to: { number: { ieq: "749/qđ-ttg" } } } } }""");

        Assert.Equal(["kon-tum 04/KH-BCĐ 2022", "quang-ngai 04/KH-BCĐ 2023", "hai-duong 1914/KH-UBND 2023"], plans);
    }

    [Fact]
    public async Task The_decision_749_QD_TTg_is_one_document_that_lists_every_province_citing_it()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { document(number: "749/QĐ-TTg") { issuer { code } referencedBy { relation planItem { number } from { plan { number jurisdiction { code } } } } } }
            """);

        var citations = data["document"]!["referencedBy"]!.AsArray()
            .Select(r => $"{r!["from"]!["plan"]!["jurisdiction"]!["code"]} {r["from"]!["plan"]!["number"]} {r["relation"]}{(r["planItem"] is { } item ? $" item {item["number"]}" : "")}")
            .Order(StringComparer.Ordinal);
        Assert.Equal("viet-nam/thu-tuong-chinh-phu", (string?)data["document"]!["issuer"]!["code"]);
        Assert.Equal(
            [
                "ha-tinh 27/KH-UBND LEGAL_BASIS",
                "hai-duong 1914/KH-UBND IMPLEMENTS",
                "hai-phong 120/KH-UBND LEGAL_BASIS",
                "kon-tum 04/KH-BCĐ IMPLEMENTS",
                "quang-ngai 04/KH-BCĐ IMPLEMENTS item 1",
                "quang-ngai 04/KH-BCĐ LEGAL_BASIS",
            ],
            citations);
    }

    [Theory]
    [InlineData("""leadAgency: { name: { istartsWith: "so thong tin va truyen thong" } }""")]
    [InlineData("""leadAgency: { kind: { eq: PROVINCIAL_DEPARTMENT }, name: { icontains: "thông tin và truyền thông" } }""")]
    [InlineData("""leadAgency: { code: { endsWith: "/so-tttt" } }""")]
    public async Task Every_item_led_by_a_So_Thong_tin_va_Truyen_thong_whatever_the_province(string where)
    {
        var data = await api.CreateGraphQLClient().DataAsync($$"""{ planItems(first: 100, where: { {{where}} }) { totalCount nodes { title plan { jurisdiction { code } } leadAgency { code name } } } }""");

        var items = data["planItems"]!["nodes"]!.AsArray();
        Assert.Equal(
            ["quang-ngai", "kon-tum", "quang-ngai", "hai-duong", "hai-phong", "ha-tinh"],
            items.Select(i => (string?)i!["plan"]!["jurisdiction"]!["code"]));
        Assert.All(items, i => Assert.StartsWith("Sở Thông tin và Truyền thông", (string?)i!["leadAgency"]!["name"]));
        Assert.Equal(6, (int?)data["planItems"]!["totalCount"]);
    }

    [Fact]
    public async Task Plans_of_Quang_Ngai_including_former_Kon_Tum_within_one_filter_or_through_the_merger_links()
    {
        var client = api.CreateGraphQLClient();

        var within = await client.PlansAsync("""where: { jurisdiction: { within: "quang-ngai" } }""");
        var provincial = await client.PlansAsync("""where: { jurisdiction: { currentSuccessor: { code: { eq: "quang-ngai" } } } }""");

        Assert.Equal(["quang-ngai 04/KH-BCĐ 2022", "kon-tum 04/KH-BCĐ 2022", "quang-ngai 04/KH-BCĐ 2023"], provincial);
        // within adds what lies under the two provinces: a district of former Kon Tum, a commune of Quảng Ngãi.
        Assert.Equal([.. provincial, "kon-tum/thanh-pho-kon-tum 88/KH-UBND 2023", "quang-ngai/xa-tinh-tra 15/KH-UBND 2024"], within);
    }
}
