using PlanData.Import.Structure;
using PlanData.Plans;

namespace PlanData.Import.Tests.Outline;

public sealed class OutlineLabelTests
{
    [Theory]
    [InlineData("Phần I", PlanSectionKind.Part, "Phần I", "Phần I", "")]
    [InlineData("PHẦN II. NHIỆM VỤ", PlanSectionKind.Part, "PHẦN II.", "Phần II", "NHIỆM VỤ")]
    [InlineData("Chương 2: QUẢN LÝ", PlanSectionKind.Chapter, "Chương 2:", "Chương 2", "QUẢN LÝ")]
    [InlineData("Điều 3. Hiệu lực thi hành", PlanSectionKind.Article, "Điều 3.", "Điều 3", "Hiệu lực thi hành")]
    [InlineData("III. TỔ CHỨC THỰC HIỆN", PlanSectionKind.Section, "III.", "III", "TỔ CHỨC THỰC HIỆN")]
    [InlineData("I- MỤC TIÊU", PlanSectionKind.Section, "I-", "I", "MỤC TIÊU")]
    [InlineData("IV. Kinh phí thực hiện", PlanSectionKind.Section, "IV.", "IV", "Kinh phí thực hiện")]
    [InlineData("2. Mục tiêu cụ thể", PlanSectionKind.Item, "2.", "2", "Mục tiêu cụ thể")]
    [InlineData("2.3.1. Hạ tầng số", PlanSectionKind.Subitem, "2.3.1.", "2.3.1", "Hạ tầng số")]
    [InlineData("đ) Phát triển kinh tế số", PlanSectionKind.Field, "đ)", "đ", "Phát triển kinh tế số")]
    [InlineData("b. Về dữ liệu số", PlanSectionKind.Field, "b.", "b", "Về dữ liệu số")]
    [InlineData("PHỤ LỤC I", PlanSectionKind.Appendix, "PHỤ LỤC I", "Phụ lục I", "")]
    [InlineData("Phụ lục 02: Danh mục nhiệm vụ", PlanSectionKind.Appendix, "Phụ lục 02:", "Phụ lục 2", "Danh mục nhiệm vụ")]
    [InlineData("PHỤ LỤC SỐ 3", PlanSectionKind.Appendix, "PHỤ LỤC SỐ 3", "Phụ lục 3", "")]
    public void Labels_are_read(string text, PlanSectionKind kind, string printed, string segment, string rest)
    {
        var label = OutlineLabel.Read(text);

        Assert.NotNull(label);
        Assert.Equal((kind, printed, segment, rest), (label.Kind, label.Printed, label.Segment, label.Rest));
    }

    [Theory]
    [InlineData("Chương trình hành động của Chính phủ")]
    [InlineData("Phần mềm quản lý văn bản được nâng cấp.")]
    [InlineData("Phụ lục I kèm theo Kế hoạch này quy định chi tiết các chỉ tiêu.")]
    [InlineData("- Cơ quan chủ trì: Sở Tài chính.")]
    [InlineData("2022 là năm chuyển đổi số.")]
    [InlineData("e.g. văn bản điện tử")]
    [InlineData("Điều chỉnh kế hoạch khi cần thiết.")]
    public void Prose_is_no_label(string text) => Assert.Null(OutlineLabel.Read(text));
}
