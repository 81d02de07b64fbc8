using System.Text.Encodings.Web;
using System.Text.Json;
using PlanData.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace PlanData.Api.Tests.Plans;

[Collection(ApiCollection.Name)]
public sealed class PlanQueryTests(PlanDataApiFactory api)
{
    private const string FullPlan = """
        query FullPlan($asOf: Date) {
          plan(number: "04/KH-BCĐ") {
            id number title year issuedOn issuedAt
            jurisdiction { code name level }
            issuer { code name kind }
            signer { name position capacity }
            purposes
            indicators { id code name population comparator targetValue unit year sourceText planItem { number } plan { number } }
            items(first: 20, asOf: $asOf) {
              totalCount
              pageInfo { hasNextPage hasPreviousPage }
              nodes {
                id number code section title content objective completedAtIssue status sourceText
                schedule { text kind start end }
                leadAgency { code }
                assignments { role label agency { code name } item { number } }
                tasks { number text indicators { code } }
                indicators { code }
                references { relation context to { number } }
              }
            }
            responsibilities { agency { code } duties }
            reportingDeadlines { reporter { code } reportTo { code } dueBy description }
            recipients { agency { code } text purpose }
            references { relation context planItem { number } from { number } to { id number serial symbol kind kindCode issuedOn summary issuer { code } } }
            document { id number kind plan { number } }
            source { fileName sha256 lineCount mappedLineCount format ocrConfidence }
            isComplete missing
          }
        }
        """;

    [Fact]
    public async Task The_whole_seed_plan_matches_its_snapshot()
    {
        var data = await api.CreateGraphQLClient().DataAsync(FullPlan, new { asOf = "2022-03-10" });

        // Indented and unescaped, so that the snapshot reads like the document it checks.
        Snapshot.Match(data.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task The_readme_query_serves_all_eleven_items_with_dates_and_lead_agencies()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { plan(number: "04/KH-BCĐ") { title items(first: 20) { totalCount nodes { number title schedule { kind start end } leadAgency { name } } } } }
            """);

        var plan = data["plan"]!;
        Assert.Equal("Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022", (string?)plan["title"]);
        Assert.Equal(11, (int?)plan["items"]!["totalCount"]);
        var nodes = plan["items"]!["nodes"]!.AsArray();
        Assert.Equal(Enumerable.Range(1, 11), nodes.Select(n => (int)n!["number"]!));
        Assert.All(nodes, n => Assert.Equal("Sở Thông tin và Truyền thông", (string?)n!["leadAgency"]!["name"]));
    }

    [Fact]
    public async Task Plan_fields_read_from_the_header_preamble_and_signature()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { plan(number: "04/KH-BCĐ") { number year issuedOn issuedAt jurisdiction { code level } issuer { code }
                signer { name position capacity } purposes source { fileName lineCount mappedLineCount } } }
            """);

        var plan = data["plan"]!;
        Assert.Equal("04/KH-BCĐ", (string?)plan["number"]);
        Assert.Equal(2022, (int?)plan["year"]);
        Assert.Equal("2022-03-10", (string?)plan["issuedOn"]);
        Assert.Equal("Quảng Ngãi", (string?)plan["issuedAt"]);
        Assert.Equal("quang-ngai", (string?)plan["jurisdiction"]!["code"]);
        Assert.Equal("PROVINCIAL", (string?)plan["jurisdiction"]!["level"]);
        Assert.Equal("quang-ngai/bcd-cds", (string?)plan["issuer"]!["code"]);
        Assert.Equal("Đặng Văn Minh", (string?)plan["signer"]!["name"]);
        Assert.Equal("CHỦ TỊCH UBND TỈNH", (string?)plan["signer"]!["position"]);
        Assert.Equal("TRƯỞNG BAN", (string?)plan["signer"]!["capacity"]);
        Assert.Equal(2, plan["purposes"]!.AsArray().Count);
        Assert.StartsWith("Triển khai các hoạt động của Ban Chỉ đạo", (string?)plan["purposes"]![0]);
        Assert.Equal(89, (int?)plan["source"]!["lineCount"]);
        Assert.Equal(89, (int?)plan["source"]!["mappedLineCount"]);
    }

    [Theory]
    [InlineData("04/KH-BCĐ")]
    [InlineData("04/kh-bcd")]
    [InlineData("04 /KH-BCĐ")]
    [InlineData(" 04 / KH - BCD ")]
    public async Task Plan_number_lookup_ignores_case_spacing_and_diacritics(string number)
    {
        var data = await api.CreateGraphQLClient().DataAsync("query($number: String) { plan(number: $number) { number } }", new { number });

        Assert.Equal("04/KH-BCĐ", (string?)data["plan"]!["number"]);
    }

    [Fact]
    public async Task Plan_number_lookup_accepts_decomposed_unicode()
    {
        var number = "04/KH-BCĐ".Normalize(System.Text.NormalizationForm.FormD);
        var data = await api.CreateGraphQLClient().DataAsync("query($number: String) { document(number: $number) { number } }", new { number });

        Assert.Equal("04/KH-BCĐ", (string?)data["document"]!["number"]);
    }

    [Fact]
    public async Task Unknown_plan_number_is_null_not_an_error()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""{ plan(number: "99/KH-XYZ") { id } }""");

        Assert.Null(data["plan"]);
    }
}
