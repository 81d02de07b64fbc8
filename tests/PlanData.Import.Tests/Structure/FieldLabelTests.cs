using PlanData.Import.Structure;
using PlanData.Plans;

namespace PlanData.Import.Tests.Structure;

public sealed class FieldLabelTests
{
    [Theory]
    [InlineData("Cơ quan chủ trì", AssignmentRole.Lead)]
    [InlineData("Đơn vị chủ trì", AssignmentRole.Lead)]
    [InlineData("Cơ quan tham mưu", AssignmentRole.Advisory)]
    [InlineData("Chủ trì tham mưu", AssignmentRole.Advisory)]
    [InlineData("Cơ quan phối hợp", AssignmentRole.Coordinating)]
    [InlineData("Đơn vị phối hợp", AssignmentRole.Coordinating)]
    [InlineData("Thành phần", AssignmentRole.Participant)]
    public void Agency_labels_map_to_their_role(string label, AssignmentRole role) =>
        Assert.Equal(new FieldLabel(FieldKind.Agencies, role), FieldLabel.ForHeader(label));

    [Theory]
    [InlineData("Nội dung", FieldKind.Content)]
    [InlineData("Mục tiêu", FieldKind.Objective)]
    [InlineData("Thời gian", FieldKind.Schedule)]
    [InlineData("Thời gian hoàn thành", FieldKind.Schedule)]
    [InlineData("Thời hạn hoàn thành", FieldKind.Schedule)]
    [InlineData("Thời gian thực hiện", FieldKind.Schedule)]
    public void Other_labels_map_to_their_field_with_no_role(string label, FieldKind kind) =>
        Assert.Equal(new FieldLabel(kind, null), FieldLabel.ForHeader(label));

    [Theory]
    [InlineData("CƠ QUAN CHỦ TRÌ")]
    [InlineData("Co quan chu tri")]
    [InlineData(" Cơ quan chủ trì ")]
    [InlineData("Cơ  quan chủ trì")]
    public void Labels_are_compared_folded(string label) =>
        Assert.Equal(new FieldLabel(FieldKind.Agencies, AssignmentRole.Lead), FieldLabel.ForHeader(label));

    [Theory]
    [InlineData("Đẩy mạnh phổ cập cáp quang băng rộng")]
    [InlineData("Chỉ tiêu năm 2023")]
    [InlineData("Lưu")]
    public void Other_words_are_no_label(string label) =>
        Assert.Null(FieldLabel.ForHeader(label));

    [Theory]
    [InlineData("- Cơ quan chủ trì: Sở Thông tin và Truyền thông.", "Cơ quan chủ trì", "Sở Thông tin và Truyền thông.", FieldKind.Agencies, AssignmentRole.Lead)]
    [InlineData("b) Chủ trì tham mưu: Sở Thông tin và Truyền thông.", "Chủ trì tham mưu", "Sở Thông tin và Truyền thông.", FieldKind.Agencies, AssignmentRole.Advisory)]
    [InlineData("c) Cơ quan phối hợp: Thành viên Ban Chỉ đạo; UBND các huyện, thị xã, thành phố.", "Cơ quan phối hợp", "Thành viên Ban Chỉ đạo; UBND các huyện, thị xã, thành phố.", FieldKind.Agencies, AssignmentRole.Coordinating)]
    [InlineData("d) Thời gian: Thường xuyên.", "Thời gian", "Thường xuyên.", FieldKind.Schedule, null)]
    [InlineData("+ Thành phần: Thành viên Ban Chỉ đạo.", "Thành phần", "Thành viên Ban Chỉ đạo.", FieldKind.Agencies, AssignmentRole.Participant)]
    [InlineData("Thời hạn hoàn thành : Quý IV/2025.", "Thời hạn hoàn thành", "Quý IV/2025.", FieldKind.Schedule, null)]
    [InlineData("- Nội dung: Họp đánh giá: kết quả năm 2022.", "Nội dung", "Họp đánh giá: kết quả năm 2022.", FieldKind.Content, null)]
    public void A_labelled_line_gives_its_field_label_and_value(string line, string label, string value, FieldKind kind, AssignmentRole? role)
    {
        Assert.True(FieldLabel.TryRead(line, out var field, out var actualLabel, out var actualValue));
        Assert.Equal(new FieldLabel(kind, role), field);
        Assert.Equal((label, value), (actualLabel, actualValue));
    }

    [Theory]
    [InlineData("- Đẩy mạnh phổ cập cáp quang băng rộng: Đạt tối thiểu 70% hộ gia đình có cáp quang.")]
    [InlineData("a) Chỉ tiêu, nhiệm vụ trọng tâm:")]
    [InlineData("- Tham gia phối hợp thực hiện các nhiệm vụ đảm bảo chất lượng.")]
    public void A_line_whose_text_before_the_colon_is_no_label_is_not_a_field(string line) =>
        Assert.False(FieldLabel.TryRead(line, out _, out _, out _));

    [Theory]
    [InlineData("- Tham gia phối hợp.", "Tham gia phối hợp.")]
    [InlineData("+ Tham gia phối hợp.", "Tham gia phối hợp.")]
    [InlineData("• Tham gia phối hợp.", "Tham gia phối hợp.")]
    [InlineData("a) Chỉ tiêu:", "Chỉ tiêu:")]
    [InlineData("đ) Chỉ tiêu:", "Chỉ tiêu:")]
    [InlineData("Tham gia - phối hợp.", "Tham gia - phối hợp.")]
    public void The_list_marker_is_stripped(string line, string text)
    {
        Assert.Equal(text, FieldLabel.WithoutMarker(line));
        Assert.Equal(line != text, FieldLabel.HasMarker(line));
    }
}
