using PlanData.Import.Targets;
using PlanData.Indicators;

namespace PlanData.Import.Tests.Targets;

public class TargetReaderTests
{
    private const string Fibre = "Đẩy mạnh phổ cập cáp quang băng rộng: Đạt tối thiểu 70% hộ gia đình có cáp quang, phủ sóng băng rộng di động tới 100% thôn/bản.";
    private const string DigitalId = "Đẩy mạnh phổ cập danh tính số toàn dân: Đạt trên 30% người dân sử dụng ứng dụng định danh số.";
    private const string Dossiers = "Trên 90% hồ sơ được giải quyết đúng hạn; 80% hồ sơ nộp trực tuyến và 70% hồ sơ thanh toán trực tuyến.";

    [Fact]
    public void The_seeds_fibre_task_holds_two_targets_each_with_its_own_comparator()
    {
        var targets = TargetReader.ReadAll(Fibre);

        Assert.Equal(
            [
                new TargetReading("ho-gia-dinh-co-cap-quang", "Hộ gia đình có cáp quang", "hộ gia đình", TargetComparator.AtLeast, 70, "%", null, "Đạt tối thiểu 70% hộ gia đình có cáp quang"),
                new TargetReading("phu-song-bang-rong-di-dong-thon-ban", "Phủ sóng băng rộng di động thôn/bản", "thôn/bản", TargetComparator.Equal, 100, "%", null, "phủ sóng băng rộng di động tới 100% thôn/bản"),
            ],
            targets);
    }

    [Fact]
    public void The_seeds_digital_identity_task_holds_one_more_than_target()
    {
        var target = Assert.Single(TargetReader.ReadAll(DigitalId));

        Assert.Equal(
            new TargetReading("nguoi-dan-su-dung-ung-dung-dinh-danh-so", "Người dân sử dụng ứng dụng định danh số", "người dân", TargetComparator.MoreThan, 30, "%", null, "Đạt trên 30% người dân sử dụng ứng dụng định danh số"),
            target);
    }

    [Fact]
    public void Numbers_without_a_comparator_word_continue_the_previous_one()
    {
        var targets = TargetReader.ReadAll(Dossiers);

        Assert.Equal(
            ["Trên 90% hồ sơ được giải quyết đúng hạn", "80% hồ sơ nộp trực tuyến", "70% hồ sơ thanh toán trực tuyến"],
            targets.Select(t => t.SourceText));
        Assert.All(targets, t => Assert.Equal(TargetComparator.MoreThan, t.Comparator));
        Assert.Equal([90.0, 80.0, 70.0], targets.Select(t => t.Value));
        Assert.All(targets, t => Assert.Equal("hồ sơ", t.Population));
        Assert.Equal(["Hồ sơ được giải quyết đúng hạn", "Hồ sơ nộp trực tuyến", "Hồ sơ thanh toán trực tuyến"], targets.Select(t => t.Name));
    }

    [Theory]
    [InlineData("tối thiểu 70% hộ gia đình", TargetComparator.AtLeast)]
    [InlineData("Tối thiểu 70% hộ gia đình", TargetComparator.AtLeast)]
    [InlineData("ít nhất 70% hộ gia đình", TargetComparator.AtLeast)]
    [InlineData("không dưới 70% hộ gia đình", TargetComparator.AtLeast)]
    [InlineData("đạt từ 70% trở lên hộ gia đình", TargetComparator.AtLeast)]
    [InlineData("trên 70% hộ gia đình", TargetComparator.MoreThan)]
    [InlineData("hơn 70% hộ gia đình", TargetComparator.MoreThan)]
    [InlineData("tối đa 70% hộ gia đình", TargetComparator.AtMost)]
    [InlineData("không quá 70% hộ gia đình", TargetComparator.AtMost)]
    [InlineData("dưới 70% hộ gia đình", TargetComparator.LessThan)]
    [InlineData("tới 70% hộ gia đình", TargetComparator.Equal)]
    [InlineData("đạt 70% hộ gia đình", TargetComparator.Equal)]
    [InlineData("70% hộ gia đình", TargetComparator.Equal)]
    [InlineData("Đạt tối thiểu 70% hộ gia đình", TargetComparator.AtLeast)]
    [InlineData("Đạt trên 70% hộ gia đình", TargetComparator.MoreThan)]
    [InlineData("Đạt tối  thiểu 70% hộ gia đình", TargetComparator.AtLeast)]
    [InlineData("Phấn đấu đạt trên 70% hộ gia đình", TargetComparator.MoreThan)]
    public void The_comparator_is_the_most_specific_word_before_the_number(string sentence, TargetComparator comparator)
    {
        var target = Assert.Single(TargetReader.ReadAll(sentence));

        Assert.Equal(comparator, target.Comparator);
        Assert.Equal(70, target.Value);
        Assert.Equal("Hộ gia đình", target.Name);
        Assert.Equal("ho-gia-dinh", target.Code);
    }

    [Fact]
    public void An_own_comparator_word_breaks_the_inherited_one()
    {
        var targets = TargetReader.ReadAll("Trên 90% hồ sơ được giải quyết đúng hạn, đạt 50% hồ sơ nộp trực tuyến và 40% hồ sơ thanh toán trực tuyến");

        Assert.Equal([TargetComparator.MoreThan, TargetComparator.Equal, TargetComparator.Equal], targets.Select(t => t.Comparator));
    }

    [Fact]
    public void A_progress_count_is_value_out_of_a_total_in_its_own_unit()
    {
        var target = Assert.Single(TargetReader.ReadAll("Trên 90% hồ sơ đúng hạn; hoàn thành 30/34 chỉ tiêu chuyển đổi số."), t => t.OutOf is not null);

        Assert.Equal(30, target.Value);
        Assert.Equal(34, target.OutOf);
        Assert.Equal("chỉ tiêu", target.Unit);
        Assert.Equal("chỉ tiêu", target.Population);
        Assert.Equal(TargetComparator.Equal, target.Comparator);
        Assert.Equal("hoàn thành 30/34 chỉ tiêu chuyển đổi số", target.SourceText);
        Assert.Equal("Hoàn thành chỉ tiêu chuyển đổi số", target.Name);
    }

    [Fact]
    public void A_share_that_names_nothing_it_measures_is_no_target()
    {
        var target = Assert.Single(TargetReader.ReadAll("Hoàn thành 30/34 chỉ tiêu (đạt 88,2%)."));

        Assert.Equal(30, target.Value);
        Assert.Equal("Hoàn thành 30/34 chỉ tiêu", target.SourceText);
    }

    [Fact]
    public void A_decimal_comma_is_part_of_the_number()
    {
        var target = Assert.Single(TargetReader.ReadAll("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%."));

        Assert.Equal(99.5, target.Value);
        Assert.Equal(TargetComparator.Equal, target.Comparator);
        Assert.Equal("Tỷ lệ hồ sơ giải quyết đúng hạn", target.Name);
        Assert.Equal("hồ sơ", target.Population);
        Assert.Equal("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%", target.SourceText);
    }

    [Fact]
    public void Without_a_known_noun_after_the_number_the_population_is_null()
    {
        var target = Assert.Single(TargetReader.ReadAll("Phấn đấu tăng trưởng kinh tế số trên 20% mỗi năm"));

        Assert.Null(target.Population);
        Assert.Equal(TargetComparator.MoreThan, target.Comparator);
        Assert.Equal("Tăng trưởng kinh tế số mỗi năm", target.Name);
        Assert.Equal("Phấn đấu tăng trưởng kinh tế số trên 20% mỗi năm", target.SourceText);
    }

    [Fact]
    public void The_longest_listed_noun_is_the_population() =>
        Assert.Equal("thủ tục hành chính", Assert.Single(TargetReader.ReadAll("100% thủ tục hành chính được cung cấp trực tuyến")).Population);

    [Fact]
    public void Source_text_is_an_exact_substring_of_the_input()
    {
        foreach (var sentence in new[] { Fibre, DigitalId, Dossiers })
        {
            Assert.All(TargetReader.ReadAll(sentence), t => Assert.Contains(t.SourceText, sentence, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Theo dõi, tổng hợp và báo cáo Ban Chỉ đạo tình hình triển khai thực hiện Kế hoạch này trước ngày 15/12/2022.")]
    [InlineData("Căn cứ Quyết định số 1742/QĐ-UBND ngày 08/11/2021 và Tờ trình số 2712TTr-STTTT ngày 07/3/2022")]
    [InlineData("Nghị định số 85/2016/NĐ-CP và Quyết định 505/2022/QĐ-TTg")]
    [InlineData("Xây dựng Đề án Phát triển đô thị thông minh trên địa bàn tỉnh đến 2025, định hướng đến năm 2030.")]
    [InlineData("Ký kết chương trình hợp tác, thời gian Tháng 3-4/2022 hộ gia đình")]
    [InlineData("Tham gia Hội nghị hợp tác phát triển CNTT-TT Việt Nam lần thứ XXIV")]
    [InlineData("")]
    public void Dates_document_numbers_years_and_ordinals_are_not_targets(string sentence) =>
        Assert.Empty(TargetReader.ReadAll(sentence));
}
