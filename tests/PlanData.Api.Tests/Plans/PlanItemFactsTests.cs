using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Plans;

/// <summary>Each item of 04/KH-BCĐ as a reader of the document sees it, checked field by field.</summary>
[Collection(ApiCollection.Name)]
public sealed class PlanItemFactsTests(PlanDataApiFactory api)
{
    private const string ItemsQuery = """
        query Items($asOf: Date) {
          planItems(first: 20, asOf: $asOf) {
            nodes { number schedule { text kind start end } status completedAtIssue leadAgency { code }
                    assignments { role label agency { code } } }
          }
        }
        """;

    [Theory]
    [InlineData(1, "Tháng 02/2022", "MONTH", "2022-02-01", "2022-02-28", "COMPLETED")]
    [InlineData(2, "Tháng 02/2022", "MONTH", "2022-02-01", "2022-02-28", "COMPLETED")]
    [InlineData(3, "Quý I năm 2022", "QUARTER", "2022-01-01", "2022-03-31", "IN_PROGRESS")]
    [InlineData(4, "Tháng 9/2022", "MONTH", "2022-09-01", "2022-09-30", "NOT_STARTED")]
    [InlineData(5, "Theo chương trình, kế hoạch của Trung ương và các tỉnh", "EXTERNAL", null, null, "UNSCHEDULED")]
    [InlineData(6, "Theo Thông báo của tỉnh, thành phố chủ trì tổ chức", "EXTERNAL", null, null, "UNSCHEDULED")]
    [InlineData(7, "Nhiệm vụ thường xuyên", "RECURRING", null, null, "ONGOING")]
    [InlineData(8, "Tháng 4/2022", "MONTH", "2022-04-01", "2022-04-30", "NOT_STARTED")]
    [InlineData(9, "Quý III năm 2022", "QUARTER", "2022-07-01", "2022-09-30", "NOT_STARTED")]
    [InlineData(10, "Tháng 3-4/2022", "MONTH_RANGE", "2022-03-01", "2022-04-30", "IN_PROGRESS")]
    [InlineData(11, "Thường xuyên", "RECURRING", null, null, "ONGOING")]
    public async Task Schedule_window_and_status_on_the_day_of_issue(int number, string text, string kind, string? start, string? end, string status)
    {
        var item = await ItemAsync(number, "2022-03-10");

        Assert.Equal(text, (string?)item["schedule"]!["text"]);
        Assert.Equal(kind, (string?)item["schedule"]!["kind"]);
        Assert.Equal(start, (string?)item["schedule"]!["start"]);
        Assert.Equal(end, (string?)item["schedule"]!["end"]);
        Assert.Equal(status, (string?)item["status"]);
    }

    [Theory]
    [InlineData(3, "2021-12-31", "NOT_STARTED")]
    [InlineData(3, "2022-01-01", "IN_PROGRESS")]
    [InlineData(3, "2022-03-31", "IN_PROGRESS")]
    [InlineData(3, "2022-04-01", "PAST_DUE")]
    [InlineData(1, "2023-01-01", "COMPLETED")]
    [InlineData(7, "2030-01-01", "ONGOING")]
    [InlineData(5, "2030-01-01", "UNSCHEDULED")]
    public async Task Status_moves_with_asOf(int number, string asOf, string status)
    {
        var item = await ItemAsync(number, asOf);

        Assert.Equal(status, (string?)item["status"]);
    }

    [Theory]
    [InlineData(1, "LEAD", "Cơ quan chủ trì", "quang-ngai/thanh-vien-bcd-cds")]
    [InlineData(2, "LEAD", "Cơ quan chủ trì", "quang-ngai/thanh-vien-bcd-cds")]
    [InlineData(3, "ADVISORY", "Cơ quan tham mưu", "quang-ngai/van-phong-ubnd,quang-ngai/so-khdt,quang-ngai/so-tai-chinh,quang-ngai/so-cong-thuong,quang-ngai/so-gddt,quang-ngai/so-gtvt,quang-ngai/so-xay-dung,quang-ngai/so-y-te,quang-ngai/so-nnptnt,quang-ngai/vnpt-quang-ngai")]
    [InlineData(4, "ADVISORY", "Cơ quan tham mưu", "quang-ngai/thanh-vien-bcd-cds,quang-ngai/to-giup-viec-bcd-cds")]
    [InlineData(5, "ADVISORY", "Cơ quan tham mưu", "")]
    [InlineData(6, "ADVISORY", "Cơ quan tham mưu", "")]
    [InlineData(7, "LEAD", "Cơ quan chủ trì", "quang-ngai/cac-so-ban-nganh,quang-ngai/ubnd-cac-huyen")]
    [InlineData(8, "ADVISORY", "Cơ quan tham mưu", "quang-ngai/thanh-vien-bcd-cds")]
    [InlineData(9, "ADVISORY", "Cơ quan tham mưu", "viet-nam/tap-doan-vnpt,quang-ngai/cac-so-ban-nganh,quang-ngai/ubnd-cac-huyen")]
    [InlineData(10, "ADVISORY", "Cơ quan tham mưu", "quang-ngai/van-phong-ubnd,quang-ngai/thanh-vien-bcd-cds")]
    [InlineData(11, "ADVISORY", "Chủ trì tham mưu", "quang-ngai/thanh-vien-bcd-cds,quang-ngai/ubnd-cac-huyen")]
    public async Task Lead_agency_and_coordinating_agencies(int number, string leadRole, string leadLabel, string coordinating)
    {
        var item = await ItemAsync(number, "2022-03-10");
        var assignments = item["assignments"]!.AsArray().Select(a => a!).ToList();

        Assert.Equal("quang-ngai/so-tttt", (string?)item["leadAgency"]!["code"]);
        var lead = assignments[0];
        Assert.Equal(("quang-ngai/so-tttt", leadRole, leadLabel), ((string?)lead["agency"]!["code"], (string?)lead["role"], (string?)lead["label"]));
        Assert.Equal(
            coordinating.Split(',', StringSplitOptions.RemoveEmptyEntries),
            assignments.Where(a => (string?)a["role"] == "COORDINATING").Select(a => (string)a["agency"]!["code"]!));
        Assert.All(assignments.Where(a => (string?)a["role"] == "COORDINATING"), a => Assert.Equal("Cơ quan phối hợp", (string?)a["label"]));
    }

    [Fact]
    public async Task Item_5_names_its_participants_under_thanh_phan()
    {
        var item = await ItemAsync(5, "2022-03-10");

        var participants = item["assignments"]!.AsArray().Where(a => (string?)a!["role"] == "PARTICIPANT").ToList();
        Assert.Equal(["quang-ngai/thanh-vien-bcd-cds", "quang-ngai/to-giup-viec-bcd-cds"], participants.Select(a => (string)a!["agency"]!["code"]!));
        Assert.All(participants, a => Assert.Equal("Thành phần", (string?)a!["label"]));
    }

    private async Task<JsonNode> ItemAsync(int number, string asOf)
    {
        var data = await api.CreateGraphQLClient().DataAsync(ItemsQuery, new { asOf });
        return data["planItems"]!["nodes"]!.AsArray().Single(n => (int)n!["number"]! == number)!;
    }
}
