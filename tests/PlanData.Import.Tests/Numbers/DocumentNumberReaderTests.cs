using PlanData.Documents;
using PlanData.Import.Numbers;

namespace PlanData.Import.Tests.Numbers;

public sealed class DocumentNumberReaderTests
{
    [Theory]
    // Administrative, as printed in the seed header (space before the slash).
    [InlineData("04 /KH-BCĐ", "04/KH-BCĐ", 4, null, "KH-BCĐ", DocumentKind.Plan, "KH", "BCĐ")]
    [InlineData("04/KH-BCĐ", "04/KH-BCĐ", 4, null, "KH-BCĐ", DocumentKind.Plan, "KH", "BCĐ")]
    // Missing slash.
    [InlineData("2712TTr-STTTT", "2712/TTr-STTTT", 2712, null, "TTr-STTTT", DocumentKind.Submission, "TTr", "STTTT")]
    // Space after the hyphen.
    [InlineData("164/TTr- SKHCN", "164/TTr-SKHCN", 164, null, "TTr-SKHCN", DocumentKind.Submission, "TTr", "SKHCN")]
    // Leading zero kept in the number, not in the serial.
    [InlineData("0155/KH-UBND", "0155/KH-UBND", 155, null, "KH-UBND", DocumentKind.Plan, "KH", "UBND")]
    [InlineData("71/NQCP", "71/NQ-CP", 71, null, "NQ-CP", DocumentKind.Resolution, "NQ", "CP")]
    [InlineData("4732/KHUBND", "4732/KH-UBND", 4732, null, "KH-UBND", DocumentKind.Plan, "KH", "UBND")]
    [InlineData("36a/NQ-CP", "36a/NQ-CP", 36, null, "NQ-CP", DocumentKind.Resolution, "NQ", "CP")]
    [InlineData("12/BCĐTW-VP", "12/BCĐTW-VP", 12, null, "BCĐTW-VP", DocumentKind.OfficialLetter, "CV", "BCĐTW")]
    // Party style.
    [InlineData("13-NQ/TU", "13-NQ/TU", 13, null, "NQ/TU", DocumentKind.Resolution, "NQ", "TU")]
    [InlineData("52-CTr/TU", "52-CTr/TU", 52, null, "CTr/TU", DocumentKind.Program, "CTr", "TU")]
    [InlineData("02-KH/BCĐTW", "02-KH/BCĐTW", 2, null, "KH/BCĐTW", DocumentKind.Plan, "KH", "BCĐTW")]
    // Legal-normative: year inside.
    [InlineData("85/2016/NĐ-CP", "85/2016/NĐ-CP", 85, 2016, "NĐ-CP", DocumentKind.Decree, "NĐ", "CP")]
    [InlineData("55/2025/NĐ-CP", "55/2025/NĐ-CP", 55, 2025, "NĐ-CP", DocumentKind.Decree, "NĐ", "CP")]
    [InlineData("20/2020/QĐ-TTg", "20/2020/QĐ-TTg", 20, 2020, "QĐ-TTg", DocumentKind.Decision, "QĐ", "TTg")]
    [InlineData("505/QĐ-TTg", "505/QĐ-TTg", 505, null, "QĐ-TTg", DocumentKind.Decision, "QĐ", "TTg")]
    [InlineData("505/2022/QĐ-TTg", "505/2022/QĐ-TTg", 505, 2022, "QĐ-TTg", DocumentKind.Decision, "QĐ", "TTg")]
    [InlineData("12/2022/TT-BTTTT", "12/2022/TT-BTTTT", 12, 2022, "TT-BTTTT", DocumentKind.Circular, "TT", "BTTTT")]
    [InlineData("01/NQ-CP", "01/NQ-CP", 1, null, "NQ-CP", DocumentKind.Resolution, "NQ", "CP")]
    [InlineData("1677/NQ-UBTVQH15", "1677/NQ-UBTVQH15", 1677, null, "NQ-UBTVQH15", DocumentKind.Resolution, "NQ", "UBTVQH15")]
    // National Assembly: year inside, no type; only a type word can say law or resolution.
    [InlineData("202/2025/QH15", "202/2025/QH15", 202, 2025, "QH15", DocumentKind.Other, "", "QH15")]
    // Công văn: no type in the symbol.
    [InlineData("5025/VPUBND", "5025/VPUBND", 5025, null, "VPUBND", DocumentKind.OfficialLetter, "CV", "VPUBND")]
    [InlineData("4336/BTTTT-THH", "4336/BTTTT-THH", 4336, null, "BTTTT-THH", DocumentKind.OfficialLetter, "CV", "BTTTT")]
    [InlineData("123/TTg-KTTH", "123/TTg-KTTH", 123, null, "TTg-KTTH", DocumentKind.OfficialLetter, "CV", "TTg")]
    // Case-sensitive types: CTr is a programme, CT a directive; QyĐ a regulation.
    [InlineData("05/CT-UBND", "05/CT-UBND", 5, null, "CT-UBND", DocumentKind.Directive, "CT", "UBND")]
    [InlineData("07/QyĐ-UBND", "07/QyĐ-UBND", 7, null, "QyĐ-UBND", DocumentKind.Regulation, "QyĐ", "UBND")]
    [InlineData("08/QC-BCĐ", "08/QC-BCĐ", 8, null, "QC-BCĐ", DocumentKind.Regulation, "QC", "BCĐ")]
    [InlineData("09/HD-STTTT", "09/HD-STTTT", 9, null, "HD-STTTT", DocumentKind.Guidance, "HD", "STTTT")]
    // D printed for Đ: kept as printed, the kind code stays canonical.
    [InlineData("1742/QD-UBND", "1742/QD-UBND", 1742, null, "QD-UBND", DocumentKind.Decision, "QĐ", "UBND")]
    [InlineData("04/KH-BCD", "04/KH-BCD", 4, null, "KH-BCD", DocumentKind.Plan, "KH", "BCD")]
    [InlineData("85/2016/ND-CP", "85/2016/ND-CP", 85, 2016, "ND-CP", DocumentKind.Decree, "NĐ", "CP")]
    // "DA" is printed Dự án, not an unstroked Đề án.
    [InlineData("11/DA-UBND", "11/DA-UBND", 11, null, "DA-UBND", DocumentKind.Other, "DA", "UBND")]
    [InlineData("11/ĐA-UBND", "11/ĐA-UBND", 11, null, "ĐA-UBND", DocumentKind.Scheme, "ĐA", "UBND")]
    public void Parses_variant(
        string text, string number, int serial, int? year, string symbol, DocumentKind kind, string kindCode, string issuer)
    {
        Assert.True(DocumentNumberReader.TryParse(text, out var parsed));
        Assert.Equal(new DocumentNumber(number, text, serial, year, symbol, kind, kindCode, issuer), parsed);
    }

    [Fact]
    public void Printed_is_trimmed_and_loses_the_label()
    {
        Assert.True(DocumentNumberReader.TryParse("  Số: 04 /KH-BCĐ ", out var parsed));
        Assert.Equal("04/KH-BCĐ", parsed.Number);
        Assert.Equal("04 /KH-BCĐ", parsed.Printed);
    }

    [Fact]
    public void Tolerates_spaces_around_any_separator_when_the_text_is_only_a_number()
    {
        Assert.True(DocumentNumberReader.TryParse("85 / 2016 / NĐ - CP", out var parsed));
        Assert.Equal("85/2016/NĐ-CP", parsed.Number);
        Assert.Equal("85 / 2016 / NĐ - CP", parsed.Printed);
    }

    [Fact]
    public void The_same_decision_written_two_ways_shares_serial_and_symbol()
    {
        Assert.True(DocumentNumberReader.TryParse("505/QĐ-TTg", out var withoutYear));
        Assert.True(DocumentNumberReader.TryParse("505/2022/QĐ-TTg", out var withYear));
        Assert.Equal((withoutYear.Serial, withoutYear.Symbol, withoutYear.Kind), (withYear.Serial, withYear.Symbol, withYear.Kind));
        Assert.Null(withoutYear.Year);
        Assert.Equal(2022, withYear.Year);
    }

    [Theory]
    [InlineData("08/11/2021")]
    [InlineData("15/12/2022")]
    [InlineData("30/34")]
    [InlineData("3-4/2022")]
    [InlineData("02/2022")]
    [InlineData("CNTT-TT")]
    [InlineData("70%")]
    [InlineData("100%")]
    [InlineData("4G")]
    [InlineData("2712Ttr-STTTT")]
    [InlineData("12TB")]
    [InlineData("3/Ban")]
    [InlineData("04/Kh-BCĐ extra")]
    [InlineData("")]
    public void Rejects_what_is_not_a_number(string text)
    {
        Assert.False(DocumentNumberReader.TryParse(text, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void Finds_both_numbers_in_the_seed_preamble()
    {
        const string preamble = "Căn cứ Quyết định số 1742/QĐ-UBND ngày 08/11/2021 của Chủ tịch UBND tỉnh về thành lập Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Ngãi và đề xuất của Cơ quan Thường trực Ban Chỉ đạo tại Tờ trình số 2712TTr-STTTT ngày 07/3/2022, Trưởng Ban Chỉ đạo ban hành Kế hoạch hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022 như sau:";

        var found = DocumentNumberReader.FindAll(preamble);

        Assert.Collection(
            found,
            m =>
            {
                Assert.Equal("1742/QĐ-UBND", m.Number.Number);
                Assert.Equal(preamble.IndexOf("1742/", StringComparison.Ordinal), m.Index);
                Assert.Equal("1742/QĐ-UBND", preamble.Substring(m.Index, m.Length));
            },
            m =>
            {
                Assert.Equal("2712/TTr-STTTT", m.Number.Number);
                Assert.Equal("2712TTr-STTTT", m.Number.Printed);
                Assert.Equal("2712TTr-STTTT", preamble.Substring(m.Index, m.Length));
            });
    }

    [Fact]
    public void Finds_spaced_numbers_and_stops_at_punctuation()
    {
        var found = DocumentNumberReader.FindAll("Số: 04 /KH-BCĐ; theo Tờ trình 164/TTr- SKHCN, Quyết định số 1439/QĐ-UBND.");

        Assert.Equal(["04 /KH-BCĐ", "164/TTr- SKHCN", "1439/QĐ-UBND"], found.Select(m => m.Number.Printed));
        Assert.Equal(["04/KH-BCĐ", "164/TTr-SKHCN", "1439/QĐ-UBND"], found.Select(m => m.Number.Number));
    }

    [Fact]
    public void Reads_a_year_inside_the_number_once()
    {
        var found = DocumentNumberReader.FindAll("Nghị định số 85/2016/NĐ-CP và Nghị quyết số 13-NQ/TU");

        Assert.Equal(["85/2016/NĐ-CP", "13-NQ/TU"], found.Select(m => m.Number.Number));
    }

    [Fact]
    public void Finds_nothing_in_dates_fractions_ranges_and_percentages()
    {
        const string text = "Tháng 3-4/2022; trước ngày 15/12/2022; đạt 30/34 chỉ tiêu; ngày 08/11/2021; tối thiểu 70% hộ gia đình, 100% thôn/bản; Hội nghị CNTT-TT; Phiên thứ 2 Ban Chỉ đạo; mạng 4G/5G.";

        Assert.Empty(DocumentNumberReader.FindAll(text));
    }

    [Fact]
    public void A_dash_between_clauses_is_not_part_of_the_symbol()
    {
        var found = DocumentNumberReader.FindAll("theo Công văn 5025/VPUBND - Sở Tài chính");

        Assert.Equal("5025/VPUBND", Assert.Single(found).Number.Number);
    }
}
