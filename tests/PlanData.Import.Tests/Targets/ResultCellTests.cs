using PlanData.Import.Targets;
using PlanData.Indicators;

namespace PlanData.Import.Tests.Targets;

public sealed class ResultCellTests
{
    [Theory]
    [InlineData("≥ 80", TargetComparator.AtLeast, 80.0, null, false)]
    [InlineData(">= 30", TargetComparator.AtLeast, 30.0, null, false)]
    [InlineData("=> 30", TargetComparator.AtLeast, 30.0, null, false)]
    [InlineData("> 0,7", TargetComparator.MoreThan, 0.7, null, false)]
    [InlineData("≤ 10", TargetComparator.AtMost, 10.0, null, false)]
    [InlineData("<= 10", TargetComparator.AtMost, 10.0, null, false)]
    [InlineData("< 5%", TargetComparator.LessThan, 5.0, null, true)]
    [InlineData("90", TargetComparator.Equal, 90.0, null, false)]
    [InlineData("100%", TargetComparator.Equal, 100.0, null, true)]
    [InlineData("09", TargetComparator.Equal, 9.0, null, false)]
    [InlineData("≥ 03", TargetComparator.AtLeast, 3.0, null, false)]
    [InlineData("1.000", TargetComparator.Equal, 1000.0, null, false)]
    [InlineData("2.5", TargetComparator.Equal, 2.5, null, false)]
    [InlineData("99,5%", TargetComparator.Equal, 99.5, null, true)]
    [InlineData("40 - 50", TargetComparator.AtLeast, 40.0, 50.0, false)]
    [InlineData("20% - 50%", TargetComparator.AtLeast, 20.0, 50.0, true)]
    [InlineData("16–18", TargetComparator.AtLeast, 16.0, 18.0, false)]
    [InlineData("≥ 3% và tăng dần theo yêu cầu phát triển", TargetComparator.AtLeast, 3.0, null, true)]
    [InlineData("Tối thiểu 80%", TargetComparator.AtLeast, 80.0, null, true)]
    [InlineData("Trên 50", TargetComparator.MoreThan, 50.0, null, false)]
    [InlineData("Không quá 5 ngày", TargetComparator.AtMost, 5.0, null, false)]
    [InlineData("Đạt 100%", TargetComparator.Equal, 100.0, null, true)]
    [InlineData("70% trở lên", TargetComparator.AtLeast, 70.0, null, true)]
    public void A_single_target_is_read_with_its_comparator_value_and_range(string cell, TargetComparator comparator, double value, double? upper, bool share)
    {
        var target = Assert.Single(ResultCell.ReadAll(cell));

        Assert.Equal(new ResultTarget(comparator, value, upper, share, null), target);
    }

    [Fact]
    public void Two_targets_between_semicolons_each_keep_their_scope()
    {
        Assert.Equal(
            [new ResultTarget(TargetComparator.AtMost, 3, null, false, "Đông Nam Á"), new ResultTarget(TargetComparator.AtMost, 50, null, false, "Thế giới")],
            ResultCell.ReadAll("≤ 3 Đông Nam Á; ≤ 50 Thế giới"));
        Assert.Equal("khu vực ASEAN", Assert.Single(ResultCell.ReadAll("≤ 4 trong khu vực ASEAN")).Scope);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Đạt mức trên trung bình của thế giới")]
    [InlineData("Tiên tiến, hiện đại, dung lượng siêu lớn, băng thông siêu rộng ngang tầm các nước tiên tiến")]
    [InlineData("Nhóm 50 nước dẫn đầu")]
    [InlineData("2025: 80%")]
    [InlineData("≤ 3 Đông Nam Á; đứng đầu thế giới")]
    public void A_cell_that_states_no_number_in_every_part_has_no_target(string cell) =>
        Assert.Empty(ResultCell.ReadAll(cell));
}
