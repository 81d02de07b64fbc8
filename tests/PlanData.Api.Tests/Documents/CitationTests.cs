using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Documents;

[Collection(ApiCollection.Name)]
public sealed class CitationTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData("1742/QĐ-UBND", "2021-11-08", "LEGAL_BASIS", "DECISION", "QĐ", null, "quang-ngai/ubnd-tinh")]
    [InlineData("2712/TTr-STTTT", "2022-03-07", "LEGAL_BASIS", "SUBMISSION", "TTr", null, "quang-ngai/so-tttt")]
    [InlineData("119/KH-UBND", "2020-10-09", "IMPLEMENTS", "PLAN", "KH", null, "quang-ngai/ubnd-tinh")]
    [InlineData("1439/QĐ-UBND", "2021-09-16", "CITES", "DECISION", "QĐ", 7, "quang-ngai/ubnd-tinh")]
    public async Task Every_citation_has_its_date_relation_and_place(string number, string date, string relation, string kind, string kindCode, int? item, string issuer)
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            query Doc($number: String!) {
              document(number: $number) { number kind kindCode issuedOn issuer { code }
                referencedBy { relation context planItem { number } from { number plan { number } } } }
            }
            """, new { number });

        var document = data["document"]!;
        Assert.Equal(number, (string?)document["number"]);
        Assert.Equal(date, (string?)document["issuedOn"]);
        Assert.Equal(kind, (string?)document["kind"]);
        Assert.Equal(kindCode, (string?)document["kindCode"]);
        Assert.Equal(issuer, (string?)document["issuer"]!["code"]);
        var citation = Assert.Single(document["referencedBy"]!.AsArray())!;
        Assert.Equal(relation, (string?)citation["relation"]);
        Assert.Equal("04/KH-BCĐ", (string?)citation["from"]!["number"]);
        Assert.Equal("04/KH-BCĐ", (string?)citation["from"]!["plan"]!["number"]);
        Assert.Equal(item, (int?)citation["planItem"]?["number"]);
        Assert.Contains(number.Split('/')[0], (string?)citation["context"]);
    }

    [Fact]
    public async Task Plan_lists_its_citations_in_document_order_and_item_7_lists_its_own()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { plan(number: "04/KH-BCĐ") { references { to { number } }
                items(first: 20) { nodes { number references { to { number } } } } } }
            """);

        var plan = data["plan"]!;
        Assert.Equal(["1742/QĐ-UBND", "2712/TTr-STTTT", "119/KH-UBND", "1439/QĐ-UBND"], plan["references"]!.AsArray().Select(r => (string)r!["to"]!["number"]!));
        var itemsWithReferences = plan["items"]!["nodes"]!.AsArray().Where(n => n!["references"]!.AsArray().Count > 0).ToList();
        Assert.Equal(7, (int?)Assert.Single(itemsWithReferences)!["number"]);
    }

    [Fact]
    public async Task Documents_lists_the_plan_and_every_cited_document()
    {
        var data = await api.CreateGraphQLClient().DataAsync("{ documents(first: 20) { totalCount nodes { number plan { number } } } }");

        var numbers = data["documents"]!["nodes"]!.AsArray().Select(n => (string)n!["number"]!).Order().ToList();
        Assert.Equal(["04/KH-BCĐ", "119/KH-UBND", "1439/QĐ-UBND", "1742/QĐ-UBND", "2712/TTr-STTTT"], numbers);
        Assert.Equal(5, (int?)data["documents"]!["totalCount"]);
    }
}
