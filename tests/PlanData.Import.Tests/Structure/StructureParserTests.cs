using PlanData.Import.Normalization;
using PlanData.Import.Structure;
using PlanData.Import.Tests.Normalization;

namespace PlanData.Import.Tests.Structure;

public sealed class StructureParserTests
{
    private static readonly DocumentStructure _seed = StructureParser.Parse(SeedText.Lines());

    [Fact]
    public void The_seed_header_holds_no_issuer_block() =>
        Assert.Empty(_seed.Head.Issuer);

    [Fact]
    public void The_seed_number_date_and_type_lines_are_found()
    {
        Assert.Equal(("04 /KH-BCĐ", 3), (_seed.Head.Number?.Text, _seed.Head.Number?.Lines[0]));
        Assert.Equal(("Quảng Ngãi, ngày 10 tháng 3 năm 2022", 5), (_seed.Head.Date?.Text, _seed.Head.Date?.Lines[0]));
        Assert.Equal(("Quảng Ngãi", new DateOnly(2022, 3, 10)), (_seed.Head.Place, _seed.Head.IssuedOn));
        Assert.Equal(("KẾ HOẠCH", 7), (_seed.Head.TypeLine?.Text, _seed.Head.TypeLine?.First));
    }

    [Fact]
    public void The_seed_title_is_the_line_after_the_type() =>
        Assert.Equal(["Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022"], _seed.Title.Select(l => l.Text));

    [Fact]
    public void The_seed_preamble_is_its_one_legal_basis_line()
    {
        var preamble = Assert.Single(_seed.Preamble);
        Assert.Equal(11, preamble.First);
        Assert.StartsWith("Căn cứ Quyết định số 1742/QĐ-UBND", preamble.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_has_three_sections_of_the_three_kinds()
    {
        Assert.Equal(
            [
                ("I", "MỤC ĐÍCH, YÊU CẦU", SectionKind.Purposes, 13),
                ("II", "NỘI DUNG", SectionKind.Content, 19),
                ("III", "TỔ CHỨC THỰC HIỆN", SectionKind.Organisation, 116),
            ],
            _seed.Sections.Select(s => (s.Numeral, s.Title, s.Kind, s.Heading[0].First)));
    }

    [Fact]
    public void Each_seed_section_body_runs_to_the_next_heading()
    {
        Assert.Equal((15, 17), Span(_seed.Sections[0]));
        Assert.Equal((21, 114), Span(_seed.Sections[1]));
        Assert.Equal((118, 136), Span(_seed.Sections[2]));
    }

    [Fact]
    public void The_seed_recipients_run_from_the_heading_to_the_archive_line()
    {
        Assert.Equal(138, _seed.RecipientsHeading?.First);
        Assert.Equal(Enumerable.Range(140, 10), _seed.Recipients.Select(l => l.First));
        Assert.Equal("- Lưu: VT, KGVX.", _seed.Recipients[^1].Text);
    }

    [Fact]
    public void The_seed_signature_is_what_follows_the_recipients() =>
        Assert.Equal(["TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH", "Đặng Văn Minh"], _seed.Signature.Select(l => l.Text));

    [Fact]
    public void SectionOf_finds_a_section_by_its_kind()
    {
        Assert.Equal("III", _seed.SectionOf(SectionKind.Organisation)?.Numeral);
        Assert.Null(_seed.SectionOf(SectionKind.Other));
    }

    [Fact]
    public void An_issuer_block_above_the_number_is_the_header()
    {
        var structure = Parse("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 15/KH-UBND", "Quảng Ngãi, ngày 20 tháng 01 năm 2023", "KẾ HOẠCH", "Cải cách hành chính năm 2023");

        Assert.Equal(["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"], structure.Head.Issuer.Select(p => p.Text));
    }

    [Fact]
    public void A_part_heading_takes_its_title_from_the_next_line()
    {
        var structure = Parse(Head(
            "Phần I", "MỤC TIÊU", "1. Triển khai đồng bộ Đề án 06.",
            "Phần II", "NHIỆM VỤ, GIẢI PHÁP", "1. Phát triển hạ tầng số",
            "PHẦN III", "TỔ CHỨC THỰC HIỆN", "1. Sở Khoa học và Công nghệ"));

        Assert.Equal(
            [
                ("I", "MỤC TIÊU", SectionKind.Purposes),
                ("II", "NHIỆM VỤ, GIẢI PHÁP", SectionKind.Content),
                ("III", "TỔ CHỨC THỰC HIỆN", SectionKind.Organisation),
            ],
            structure.Sections.Select(s => (s.Numeral, s.Title, s.Kind)));
        Assert.Equal(["Phần II", "NHIỆM VỤ, GIẢI PHÁP"], structure.Sections[1].Heading.Select(l => l.Text));
        Assert.Equal(["1. Phát triển hạ tầng số"], structure.Sections[1].Body.Select(l => l.Text));
    }

    [Fact]
    public void A_part_heading_with_its_title_on_the_same_line_takes_no_more_lines()
    {
        var structure = Parse(Head("PHẦN I. MỤC TIÊU", "1. Triển khai đồng bộ Đề án 06."));

        var section = Assert.Single(structure.Sections);
        Assert.Equal(("I", "MỤC TIÊU", 1), (section.Numeral, section.Title, section.Heading.Count));
        Assert.Single(section.Body);
    }

    [Fact]
    public void A_title_starting_with_Trien_khai_is_the_title_not_the_preamble()
    {
        var structure = Parse(
            "Số: 27/KH-SKHCN", "Quảng Ngãi, ngày 05 tháng 3 năm 2025", "KẾ HOẠCH", "Triển khai Đề án 06 và chuyển đổi số năm 2025",
            "Căn cứ Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ;", "I. MỤC TIÊU", "1. Triển khai đồng bộ.");

        Assert.Equal(["Triển khai Đề án 06 và chuyển đổi số năm 2025"], structure.Title.Select(l => l.Text));
        Assert.Equal(["Căn cứ Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ;"], structure.Preamble.Select(l => l.Text));
    }

    [Fact]
    public void A_title_on_two_lines_keeps_both()
    {
        var structure = Parse(
            "Số: 12/KH-UBND", "Quảng Ngãi, ngày 02 tháng 4 năm 2024", "KẾ HOẠCH", "Chuyển đổi số tỉnh Quảng Ngãi", "Năm 2024",
            "Thực hiện Kế hoạch số 119/KH-UBND ngày 09/10/2020 của UBND tỉnh;", "I. MỤC ĐÍCH, YÊU CẦU");

        Assert.Equal(["Chuyển đổi số tỉnh Quảng Ngãi", "Năm 2024"], structure.Title.Select(l => l.Text));
        Assert.Single(structure.Preamble);
    }

    [Fact]
    public void Without_recipients_the_signature_is_what_follows_the_closing_line()
    {
        var structure = Parse(Head(
            "III. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ", "- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2023./.",
            "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Minh Quang"));

        Assert.Null(structure.RecipientsHeading);
        Assert.Empty(structure.Recipients);
        Assert.Equal(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Minh Quang"], structure.Signature.Select(l => l.Text));
        Assert.Equal("- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2023./.", structure.Sections[^1].Body[^1].Text);
    }

    [Fact]
    public void A_truncated_document_has_its_header_title_and_preamble_and_no_sections()
    {
        var structure = Parse(
            "Số: 04 /KH-BCĐ", "Quảng Ngãi, ngày 10 tháng 3 năm 2022", "KẾ HOẠCH", "Hoạt động của Ban Chỉ đạo năm 2022",
            "Căn cứ Quyết định số 1742/QĐ-UBND ngày 08/11/2021 của Chủ tịch UBND tỉnh;");

        Assert.NotNull(structure.Head.Number);
        Assert.NotNull(structure.Head.Date);
        Assert.Single(structure.Title);
        Assert.Single(structure.Preamble);
        Assert.Empty(structure.Sections);
        Assert.Null(structure.RecipientsHeading);
        Assert.Empty(structure.Signature);
    }

    [Fact]
    public void Without_a_type_line_the_header_ends_at_its_date_and_only_a_line_in_capitals_is_a_title()
    {
        var untitled = Parse("Số: 04 /KH-BCĐ", "Quảng Ngãi, ngày 10 tháng 3 năm 2022", "Hoạt động của Ban Chỉ đạo năm 2022");
        var titled = Parse("Số: 121/KH-UBND |", "Quảng Ngãi, ngày 31 tháng 12 năm 2025 |", "CHUYỂN ĐỔI SỐ TỈNH QUẢNG NGÃI NĂM 2026", "Thực hiện Văn bản số 5511/BKHCN-CĐSQG ngày 10/10/2025;");

        Assert.Null(untitled.Head.TypeLine);
        Assert.Empty(untitled.Title);
        Assert.Equal(["Hoạt động của Ban Chỉ đạo năm 2022"], untitled.Preamble.Select(l => l.Text));
        Assert.Equal(["CHUYỂN ĐỔI SỐ TỈNH QUẢNG NGÃI NĂM 2026"], titled.Title.Select(l => l.Text));
        Assert.Equal("121/KH-UBND", titled.Head.Number?.Text);
        Assert.Single(titled.Preamble);
    }

    [Theory]
    [InlineData("I. MỤC ĐÍCH, YÊU CẦU", "I", "MỤC ĐÍCH, YÊU CẦU")]
    [InlineData("IV. KINH PHÍ THỰC HIỆN", "IV", "KINH PHÍ THỰC HIỆN")]
    [InlineData("Phần II", "II", "")]
    [InlineData("PHẦN 2: NHIỆM VỤ", "2", "NHIỆM VỤ")]
    [InlineData("Phần III - TỔ CHỨC THỰC HIỆN", "III", "TỔ CHỨC THỰC HIỆN")]
    public void Section_headings_are_read(string text, string numeral, string title)
    {
        Assert.True(StructureParser.IsSectionStart(text, out var actualNumeral, out var actualTitle));
        Assert.Equal((numeral, title), (actualNumeral, actualTitle));
    }

    [Theory]
    [InlineData("I. Mục đích của kế hoạch")]
    [InlineData("1. Phát triển hạ tầng số")]
    [InlineData("Phần mềm quản lý văn bản được nâng cấp.")]
    [InlineData("Phần việc còn lại do Sở Nội vụ thực hiện.")]
    [InlineData("Phần xây dựng cơ sở dữ liệu hoàn thành trong Quý II năm 2024.")]
    public void Other_lines_are_not_section_headings(string text) =>
        Assert.False(StructureParser.IsSectionStart(text, out _, out _));

    private static (int, int) Span(Section section) => (section.Body[0].First, section.Body[^1].Last);

    private static string[] Head(params string[] rest) =>
        ["Số: 27/KH-SKHCN", "Quảng Ngãi, ngày 05 tháng 3 năm 2025", "KẾ HOẠCH", "Chuyển đổi số năm 2025", "Căn cứ Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ;", .. rest];

    private static DocumentStructure Parse(params string[] lines) =>
        StructureParser.Parse(TextNormalizer.Normalize(string.Join("\n", lines), out _));
}
