using PlanData.Import.Reports;
using PlanData.Plans;

namespace PlanData.Import.Tests.Assembly;

public sealed class ImportReportTests
{
    [Fact]
    public void The_small_plan_imports_with_every_line_mapped_and_nothing_reported()
    {
        var result = SmallPlan.Import();

        Assert.NotNull(result.Plan);
        Assert.Empty(result.Report.Messages);
        Assert.Equal(22, result.Report.LineCount);
        Assert.Equal(22, result.Report.MappedLineCount);
        Assert.Equal((22, 22), (result.Plan.Source.LineCount, result.Plan.Source.MappedLineCount));
        Assert.Equal("quang-ngai/ubnd-tinh", result.Plan.Document.Issuer);
    }

    [Fact]
    public void An_unreadable_deadline_is_reported_with_its_line_and_the_item_still_imported()
    {
        var result = SmallPlan.Import(content:
        [
            "1. Xây dựng Kho dữ liệu dùng chung của tỉnh",
            "- Cơ quan chủ trì: Sở Thông tin và Truyền thông.",
            "- Thời gian: Sau khi được bố trí kinh phí.",
        ]);

        var item = Assert.Single(result.Plan!.Plan.Items);
        Assert.Equal("Xây dựng Kho dữ liệu dùng chung của tỉnh", item.Title);
        Assert.Equal("quang-ngai/so-tttt", Assert.Single(item.Assignments).Agency);
        Assert.Equal(new PlanData.Seeding.ScheduleEntry("Sau khi được bố trí kinh phí", ScheduleKind.External, null, null), item.Schedule);
        var warning = Assert.Single(result.Report.Messages, m => m.Code == "unreadable-deadline");
        Assert.Equal((ImportSeverity.Warning, 22, "Sau khi được bố trí kinh phí."), (warning.Severity, warning.Line, warning.Text));
        Assert.Equal(result.Report.LineCount, result.Report.MappedLineCount);
    }

    [Fact]
    public void An_unreadable_deadline_marked_done_is_still_completed()
    {
        var result = SmallPlan.Import(content:
        [
            "1. Xây dựng Kho dữ liệu dùng chung của tỉnh",
            "- Thời gian: Đợt 1 (đã hoàn thành).",
        ]);

        var item = Assert.Single(result.Plan!.Plan.Items);
        Assert.Equal("Đợt 1", item.Schedule.Text);
        Assert.True(item.CompletedAtIssue);
    }

    [Fact]
    public void A_preamble_line_that_maps_to_nothing_is_reported_with_its_number_and_text()
    {
        var result = SmallPlan.Import(preamble: ["Để nâng cao hiệu quả chuyển đổi số trên địa bàn tỉnh;"]);

        Assert.NotNull(result.Plan);
        var warning = Assert.Single(result.Report.Messages);
        Assert.Equal(("unmapped-line", 13, "Để nâng cao hiệu quả chuyển đổi số trên địa bàn tỉnh;"), (warning.Code, warning.Line, warning.Text));
        Assert.Equal((23, 22), (result.Report.LineCount, result.Report.MappedLineCount));
        Assert.Equal((23, 22), (result.Plan.Source.LineCount, result.Plan.Source.MappedLineCount));
        Assert.Contains("small.txt:13: warning: line not mapped to any field | Để nâng cao", result.Report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_preamble_enacting_clause_is_mapped()
    {
        var result = SmallPlan.Import(preamble: ["Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2024 như sau:"]);

        Assert.Empty(result.Report.Messages);
        Assert.Equal((23, 23), (result.Report.LineCount, result.Report.MappedLineCount));
    }

    [Fact]
    public void The_seed_with_its_date_line_split_after_ngay_imports_with_its_date()
    {
        var text = Normalization.SeedText.Text.Replace("Quảng Ngãi, ngày 10 tháng 3", "Quảng Ngãi, ngày\n10 tháng 3", StringComparison.Ordinal);

        var result = PlanImporter.Import(text, "split.txt", "", Oracle.Repository.Registry);

        Assert.True(result.Plan is not null, result.Report.ToString());
        Assert.Equal((new DateOnly(2022, 3, 10), "Quảng Ngãi"), (result.Plan.Plan.IssuedOn, result.Plan.Plan.IssuedAt));
        Assert.Equal((90, 90), (result.Report.LineCount, result.Report.MappedLineCount));
    }

    [Fact]
    public void Without_recipients_the_signature_after_the_closing_line_is_read_and_mapped()
    {
        var lines = SmallPlan.Lines().Where(l => !l.StartsWith("Nơi nhận", StringComparison.Ordinal) && !l.StartsWith("- Bộ", StringComparison.Ordinal) && !l.StartsWith("- Lưu", StringComparison.Ordinal));

        var result = PlanImporter.Import(string.Join("\n", lines), "small.txt", "", Oracle.Repository.Registry);

        Assert.Equal(new PlanData.Seeding.SignatureEntry("Trần Minh Quang", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH"), result.Plan!.Plan.Signature);
        Assert.Empty(result.Plan.Plan.Recipients);
        Assert.Equal("Theo dõi, tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2024.", Assert.Single(Assert.Single(result.Plan.Plan.Responsibilities).Duties));
        Assert.Empty(result.Report.Messages);
        Assert.Equal((19, 19), (result.Report.LineCount, result.Report.MappedLineCount));
    }

    [Fact]
    public void A_truncated_document_is_refused_unless_incomplete_imports_are_allowed()
    {
        var text = string.Join("\n", SmallPlan.Lines().TakeWhile(l => !l.StartsWith("I.", StringComparison.Ordinal)));

        var refused = PlanImporter.Import(text, "cut.txt", "", Oracle.Repository.Registry);
        var allowed = PlanImporter.Import(text, "cut.txt", "", Oracle.Repository.Registry, allowIncomplete: true);

        Assert.Null(refused.Plan);
        Assert.Equal((ImportSeverity.Error, "no-content"), (refused.Report.Messages[^1].Severity, refused.Report.Messages[^1].Code));
        Assert.NotNull(allowed.Plan);
        Assert.Empty(allowed.Plan.Plan.Items);
        Assert.Contains(allowed.Report.Messages, m => m is { Severity: ImportSeverity.Warning, Code: "no-content" });
        Assert.Equal("119/KH-UBND", Assert.Single(allowed.Plan.Plan.References).To.Number);
    }
}
