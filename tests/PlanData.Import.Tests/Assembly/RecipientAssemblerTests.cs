using PlanData.Import.Assembly;
using PlanData.Import.Structure;
using PlanData.Import.Tests.Normalization;
using PlanData.Seeding;

namespace PlanData.Import.Tests.Assembly;

public sealed class RecipientAssemblerTests
{
    [Fact]
    public void A_line_of_four_registry_agencies_gives_four_recipients_on_that_line()
    {
        var recipients = Assemble("- VNPT Quảng Ngãi, Viettel Quảng Ngãi, Mobifone Quảng Ngãi, Bưu điện tỉnh;");

        Assert.Equal(
            [
                new RecipientEntry("quang-ngai/vnpt-quang-ngai", "VNPT Quảng Ngãi", null, 1),
                new RecipientEntry("quang-ngai/viettel-quang-ngai", "Viettel Quảng Ngãi", null, 1),
                new RecipientEntry("quang-ngai/mobifone-quang-ngai", "Mobifone Quảng Ngãi", null, 1),
                new RecipientEntry("quang-ngai/buu-dien-tinh", "Bưu điện tỉnh", null, 1),
            ],
            recipients);
    }

    [Theory]
    [InlineData("- Ủy ban quốc gia về CĐS (báo cáo);", "viet-nam/ubqg-cds", "Ủy ban quốc gia về CĐS (báo cáo)", "báo cáo")]
    [InlineData("- Công an tỉnh (phối hợp);", "quang-ngai/cong-an-tinh", "Công an tỉnh (phối hợp)", "phối hợp")]
    [InlineData("- CT, PCT UBND tỉnh;", "quang-ngai/ubnd-tinh", "CT, PCT UBND tỉnh", null)]
    [InlineData("- Thành viên BCD CDS tỉnh Quảng Ngãi;", "quang-ngai/thanh-vien-bcd-cds", "Thành viên BCD CDS tỉnh Quảng Ngãi", null)]
    [InlineData("- VPUB: CVP, PCVP, KTTH, CBTH;", "quang-ngai/van-phong-ubnd", "VPUB: CVP, PCVP, KTTH, CBTH", null)]
    public void A_single_party_line_is_one_recipient_with_its_purpose(string line, string agency, string text, string? purpose) =>
        Assert.Equal([new RecipientEntry(agency, text, purpose, 1)], Assemble(line));

    [Fact]
    public void Several_agencies_on_a_line_share_its_purpose() =>
        Assert.Equal(
            [
                new RecipientEntry("quang-ngai/so-noi-vu", "Sở Nội vụ", "phối hợp", 1),
                new RecipientEntry("quang-ngai/so-tu-phap", "Sở Tư pháp", "phối hợp", 1),
            ],
            Assemble("- Sở Nội vụ, Sở Tư pháp (phối hợp);"));

    [Theory]
    [InlineData("- Lưu: VT, KGVX.", "Lưu: VT, KGVX")]
    [InlineData("- Lưu VT, CĐS.", "Lưu VT, CĐS")]
    [InlineData("Lưu: VT.", "Lưu: VT")]
    public void The_archive_line_is_a_recipient_with_no_agency(string line, string text) =>
        Assert.Equal([new RecipientEntry(null, text, "lưu", 1)], Assemble(line));

    [Fact]
    public void An_unknown_recipient_is_created_and_reported()
    {
        var (context, lines) = Contexts.For("- Trung tâm Phục vụ hành chính công tỉnh;");

        var recipient = Assert.Single(RecipientAssembler.Assemble(context, lines));

        Assert.Equal(new RecipientEntry("quang-ngai/trung-tam-phuc-vu-hanh-chinh-cong-tinh", "Trung tâm Phục vụ hành chính công tỉnh", null, 1), recipient);
        var warning = Assert.Single(context.Report.Messages);
        Assert.Equal(("unknown-agency", 1, "Trung tâm Phục vụ hành chính công tỉnh"), (warning.Code, warning.Line, warning.Text));
    }

    [Fact]
    public void The_seed_recipients_keep_their_source_lines_and_are_all_mapped()
    {
        var (context, lines) = Contexts.For(SeedText.Text);
        var structure = StructureParser.Parse(lines);

        var recipients = RecipientAssembler.Assemble(context, structure.Recipients);

        Assert.Equal(13, recipients.Count);
        Assert.Equal([140, 141, 142, 143, 144, 145, 146, 146, 146, 146, 147, 148, 149], recipients.Select(r => r.Line));
        Assert.Equal(Enumerable.Range(140, 10), context.Mapped.Order());
        Assert.Empty(context.Report.Messages);
    }

    private static IReadOnlyList<RecipientEntry> Assemble(string line)
    {
        var (context, lines) = Contexts.For(line);
        return RecipientAssembler.Assemble(context, lines);
    }
}
