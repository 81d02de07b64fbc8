using System.Text.Json;
using System.Text.RegularExpressions;
using PlanData.Documents;
using PlanData.Import.Citations;

namespace PlanData.Import.Tests.Citations;

public sealed class CitationReaderTests
{
    private const string SeedPreamble = "Căn cứ Quyết định số 1742/QĐ-UBND ngày 08/11/2021 của Chủ tịch UBND tỉnh về thành lập Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Ngãi và đề xuất của Cơ quan Thường trực Ban Chỉ đạo tại Tờ trình số 2712TTr-STTTT ngày 07/3/2022, Trưởng Ban Chỉ đạo ban hành Kế hoạch hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022 như sau:";

    private const string SeedPurpose = "1. Triển khai các hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022, tập trung thực hiện Kế hoạch số 119/KH-UBND ngày 09/10/2020 của UBND tỉnh về việc triển khai thực hiện Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 của tỉnh Quảng Ngãi, nhằm nâng cao các chỉ số đánh giá chuyển đổi số tỉnh Quảng Ngãi năm 2022.";

    private const string SeedCoordination = "- Cơ quan phối hợp: Các sở, ban ngành, UBND các huyện, thị xã, thành phố có thành viên tham gia Đội ứng cứu sự cố an toàn thông tin mạng theo Quyết định số 1439/QĐ-UBND ngày 16/9/2021.";

    [Theory]
    [InlineData("1742/QĐ-UBND")]
    [InlineData("2712/TTr-STTTT")]
    [InlineData("119/KH-UBND")]
    [InlineData("1439/QĐ-UBND")]
    public void Reproduces_the_seed_reference(string number)
    {
        var reference = CitationSeed.References.EnumerateArray()
            .Single(r => r.GetProperty("to").GetProperty("number").GetString() == number);
        var to = reference.GetProperty("to");

        var citation = CitationReader.ReadAll(reference.GetProperty("context").GetString()!)
            .Single(c => c.Number.Number == number);

        Assert.Equal(to.GetProperty("printed").GetString(), citation.Number.Printed);
        Assert.Equal(to.GetProperty("serial").GetInt32(), citation.Number.Serial);
        Assert.Equal(to.GetProperty("symbol").GetString(), citation.Number.Symbol);
        Assert.Equal(to.GetProperty("kind").GetString(), ScreamingSnake(citation.Number.Kind));
        Assert.Equal(to.GetProperty("kindCode").GetString(), citation.Number.KindCode);
        Assert.Equal(to.GetProperty("issuedOn").GetString(), citation.IssuedOn?.ToString("yyyy-MM-dd"));
        Assert.Equal(StringOrNull(to.GetProperty("summary")), citation.Summary);
        Assert.Equal(reference.GetProperty("relation").GetString(), ScreamingSnake(citation.Relation));
    }

    [Fact]
    public void Reads_the_seed_preamble()
    {
        var citations = CitationReader.ReadAll(SeedPreamble);

        Assert.Collection(
            citations,
            c =>
            {
                Assert.Equal("1742/QĐ-UBND", c.Number.Number);
                Assert.Equal("Quyết định", c.KindWord);
                Assert.Equal(new DateOnly(2021, 11, 8), c.IssuedOn);
                Assert.Equal("Chủ tịch UBND tỉnh", c.IssuerText);
                Assert.Equal("thành lập Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Ngãi", c.Summary);
                Assert.Equal(ReferenceRelation.LegalBasis, c.Relation);
                Assert.Equal("Quyết định số 1742/QĐ-UBND ngày 08/11/2021 của Chủ tịch UBND tỉnh về thành lập Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Ngãi", SeedPreamble.Substring(c.Index, c.Length));
            },
            c =>
            {
                Assert.Equal("2712/TTr-STTTT", c.Number.Number);
                Assert.Equal(DocumentKind.Submission, c.Number.Kind);
                Assert.Equal("Tờ trình", c.KindWord);
                Assert.Equal(new DateOnly(2022, 3, 7), c.IssuedOn);
                Assert.Equal("Cơ quan Thường trực Ban Chỉ đạo", c.IssuerText);
                Assert.Null(c.Summary);
                Assert.Equal(ReferenceRelation.LegalBasis, c.Relation);
                Assert.Equal("Tờ trình số 2712TTr-STTTT ngày 07/3/2022", SeedPreamble.Substring(c.Index, c.Length));
            });
    }

    [Fact]
    public void Reads_the_seed_purpose_as_implementing_a_plan()
    {
        var citation = Assert.Single(CitationReader.ReadAll(SeedPurpose));

        Assert.Equal("119/KH-UBND", citation.Number.Number);
        Assert.Equal("Kế hoạch", citation.KindWord);
        Assert.Equal(new DateOnly(2020, 10, 9), citation.IssuedOn);
        Assert.Equal("UBND tỉnh", citation.IssuerText);
        Assert.Equal("việc triển khai thực hiện Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 của tỉnh Quảng Ngãi", citation.Summary);
        Assert.Equal(ReferenceRelation.Implements, citation.Relation);
    }

    [Fact]
    public void Reads_the_seed_coordination_line_as_a_plain_citation()
    {
        var citation = Assert.Single(CitationReader.ReadAll(SeedCoordination));

        Assert.Equal("1439/QĐ-UBND", citation.Number.Number);
        Assert.Equal(new DateOnly(2021, 9, 16), citation.IssuedOn);
        Assert.Null(citation.IssuerText);
        Assert.Null(citation.Summary);
        Assert.Equal(ReferenceRelation.Cites, citation.Relation);
        Assert.Equal("Quyết định số 1439/QĐ-UBND ngày 16/9/2021", SeedCoordination.Substring(citation.Index, citation.Length));
    }

    [Theory]
    [InlineData("theo Quyết định số 1742/QĐ-UBND ngày 08/11/2021 của UBND tỉnh", 2021, 11, 8)]
    [InlineData("theo Tờ trình số 2712TTr-STTTT ngày 7/3/2022 của Sở Thông tin và Truyền thông", 2022, 3, 7)]
    [InlineData("theo Công văn số 4336/BTTTT-THH ngày 02 tháng 02 năm 2024 của Bộ Thông tin và Truyền thông", 2024, 2, 2)]
    [InlineData("theo Kế hoạch số 04/KH-BCĐ ngày 10 tháng 3 năm 2022 của Ban Chỉ đạo", 2022, 3, 10)]
    [InlineData("theo Kế hoạch số 04/KH-BCĐ, ngày 10/3/2022, của Ban Chỉ đạo", 2022, 3, 10)]
    public void Reads_each_date_form(string sentence, int year, int month, int day)
    {
        var citation = Assert.Single(CitationReader.ReadAll(sentence));

        Assert.Equal(new DateOnly(year, month, day), citation.IssuedOn);
        Assert.NotNull(citation.IssuerText);
        Assert.EndsWith(citation.IssuerText, sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_legal_normative_decree()
    {
        var citation = Assert.Single(CitationReader.ReadAll(
            "Căn cứ Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ;"));

        Assert.Equal("85/2016/NĐ-CP", citation.Number.Number);
        Assert.Equal(2016, citation.Number.Year);
        Assert.Equal(DocumentKind.Decree, citation.Number.Kind);
        Assert.Equal("NĐ", citation.Number.KindCode);
        Assert.Equal("Nghị định", citation.KindWord);
        Assert.Equal(new DateOnly(2016, 7, 1), citation.IssuedOn);
        Assert.Equal("Chính phủ", citation.IssuerText);
        Assert.Equal("bảo đảm an toàn hệ thống thông tin theo cấp độ", citation.Summary);
        Assert.Equal(ReferenceRelation.LegalBasis, citation.Relation);
    }

    [Fact]
    public void Reads_a_cong_van()
    {
        var citation = Assert.Single(CitationReader.ReadAll(
            "Thực hiện Công văn số 4336/BTTTT-THH ngày 02 tháng 02 năm 2024 của Bộ Thông tin và Truyền thông về việc hướng dẫn xây dựng kế hoạch chuyển đổi số năm 2024."));

        Assert.Equal("4336/BTTTT-THH", citation.Number.Number);
        Assert.Equal(DocumentKind.OfficialLetter, citation.Number.Kind);
        Assert.Equal("CV", citation.Number.KindCode);
        Assert.Equal("BTTTT", citation.Number.IssuerAbbreviation);
        Assert.Equal(new DateOnly(2024, 2, 2), citation.IssuedOn);
        Assert.Equal("Bộ Thông tin và Truyền thông", citation.IssuerText);
        Assert.Equal("việc hướng dẫn xây dựng kế hoạch chuyển đổi số năm 2024", citation.Summary);
        Assert.Equal(ReferenceRelation.Implements, citation.Relation);
    }

    [Fact]
    public void Reads_a_party_resolution()
    {
        var citation = Assert.Single(CitationReader.ReadAll("Căn cứ Nghị quyết số 13-NQ/TU ngày 22/7/2021 của Tỉnh ủy"));

        Assert.Equal("13-NQ/TU", citation.Number.Number);
        Assert.Equal(DocumentKind.Resolution, citation.Number.Kind);
        Assert.Equal("TU", citation.Number.IssuerAbbreviation);
        Assert.Equal(new DateOnly(2021, 7, 22), citation.IssuedOn);
        Assert.Equal("Tỉnh ủy", citation.IssuerText);
        Assert.Null(citation.Summary);
        Assert.Equal(ReferenceRelation.LegalBasis, citation.Relation);
    }

    [Fact]
    public void Reads_two_citations_in_one_sentence()
    {
        var citations = CitationReader.ReadAll(
            "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 và Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030;");

        Assert.Equal(["749/QĐ-TTg", "942/QĐ-TTg"], citations.Select(c => c.Number.Number));
        Assert.Equal([new DateOnly(2020, 6, 3), new DateOnly(2021, 6, 15)], citations.Select(c => c.IssuedOn!.Value));
        Assert.All(citations, c => Assert.Equal("Thủ tướng Chính phủ", c.IssuerText));
        Assert.Equal(
            [
                "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
                "phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030",
            ],
            citations.Select(c => c.Summary));
        Assert.All(citations, c => Assert.Equal(ReferenceRelation.LegalBasis, c.Relation));
    }

    [Fact]
    public void Outside_a_legal_basis_each_citation_has_its_own_relation()
    {
        var citations = CitationReader.ReadAll(
            "Triển khai Kế hoạch số 01/KH-UBND ngày 05/01/2022 của UBND tỉnh và thực hiện Chỉ thị số 02/CT-TTg ngày 3/2/2022 của Thủ tướng Chính phủ về chuyển đổi số.");

        Assert.Equal(["01/KH-UBND", "02/CT-TTg"], citations.Select(c => c.Number.Number));
        Assert.Equal(["UBND tỉnh", "Thủ tướng Chính phủ"], citations.Select(c => c.IssuerText));
        Assert.Equal([ReferenceRelation.Cites, ReferenceRelation.Implements], citations.Select(c => c.Relation));
        Assert.Equal([null, "chuyển đổi số"], citations.Select(c => c.Summary));
    }

    [Fact]
    public void Reads_a_thuc_hien_preamble()
    {
        const string preamble = "Thực hiện Kế hoạch số 119/KH-UBND ngày 09/10/2020 của UBND tỉnh về việc triển khai thực hiện Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 của tỉnh Quảng Ngãi, Sở Thông tin và Truyền thông ban hành Kế hoạch triển khai năm 2022 như sau:";

        var citation = Assert.Single(CitationReader.ReadAll(preamble));

        Assert.Equal("119/KH-UBND", citation.Number.Number);
        Assert.Equal("UBND tỉnh", citation.IssuerText);
        Assert.Equal("việc triển khai thực hiện Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 của tỉnh Quảng Ngãi", citation.Summary);
        Assert.Equal(ReferenceRelation.Implements, citation.Relation);
        Assert.StartsWith("Kế hoạch số 119/KH-UBND ngày 09/10/2020 của UBND tỉnh về việc", preamble[citation.Index..], StringComparison.Ordinal);
    }

    [Fact]
    public void The_type_word_settles_a_number_without_a_type()
    {
        var citation = Assert.Single(CitationReader.ReadAll(
            "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh;"));

        Assert.Equal("202/2025/QH15", citation.Number.Number);
        Assert.Equal(DocumentKind.Resolution, citation.Number.Kind);
        Assert.Equal("NQ", citation.Number.KindCode);
        Assert.Equal("Quốc hội", citation.IssuerText);
        Assert.Equal("sắp xếp đơn vị hành chính cấp tỉnh", citation.Summary);
    }

    [Fact]
    public void A_cong_van_is_never_typed()
    {
        var citation = Assert.Single(CitationReader.ReadAll("theo Công văn số 123/CT-TTHT ngày 05/01/2023 của Cục Thuế tỉnh"));

        Assert.Equal(DocumentKind.OfficialLetter, citation.Number.Kind);
        Assert.Equal("CV", citation.Number.KindCode);
        Assert.Equal("CT", citation.Number.IssuerAbbreviation);
        Assert.Equal("123/CT-TTHT", citation.Number.Number);
    }

    [Fact]
    public void The_symbol_decides_when_it_has_a_type()
    {
        var citation = Assert.Single(CitationReader.ReadAll("theo Quyết định số 85/2016/NĐ-CP"));

        Assert.Equal(DocumentKind.Decree, citation.Number.Kind);
        Assert.Equal("NĐ", citation.Number.KindCode);
        Assert.Equal("Quyết định", citation.KindWord);
    }

    [Theory]
    [InlineData("tỉnh Quảng Ngãi mới (NQ 202/2025/QH15, 12/6/2025)", "NQ", "202/2025/QH15", DocumentKind.Resolution, "NQ")]
    [InlineData("theo NQ 1677/NQ-UBTVQH15 (16/6/2025)", "NQ", "1677/NQ-UBTVQH15", DocumentKind.Resolution, "NQ")]
    [InlineData("(NĐ 55/2025/NĐ-CP, 02/3/2025)", "NĐ", "55/2025/NĐ-CP", DocumentKind.Decree, "NĐ")]
    [InlineData("theo QĐ số 1439/QĐ-UBND", "QĐ", "1439/QĐ-UBND", DocumentKind.Decision, "QĐ")]
    public void Reads_an_abbreviation_as_the_type_word(string sentence, string word, string number, DocumentKind kind, string kindCode)
    {
        var citation = Assert.Single(CitationReader.ReadAll(sentence));

        Assert.Equal(word, citation.KindWord);
        Assert.Equal(number, citation.Number.Number);
        Assert.Equal((kind, kindCode), (citation.Number.Kind, citation.Number.KindCode));
        Assert.Equal(sentence.IndexOf(word + " ", StringComparison.Ordinal), citation.Index);
    }

    [Fact]
    public void Reads_an_issuer_named_before_the_date()
    {
        var citation = Assert.Single(CitationReader.ReadAll(
            "theo Quyết định số 1742/QĐ-UBND của Chủ tịch UBND tỉnh ngày 08/11/2021 về thành lập Ban Chỉ đạo Chuyển đổi số tỉnh."));

        Assert.Equal("Chủ tịch UBND tỉnh", citation.IssuerText);
        Assert.Equal(new DateOnly(2021, 11, 8), citation.IssuedOn);
        Assert.Equal("thành lập Ban Chỉ đạo Chuyển đổi số tỉnh", citation.Summary);
    }

    [Fact]
    public void Keeps_ve_inside_a_national_committee_name()
    {
        var citation = Assert.Single(CitationReader.ReadAll(
            "Thực hiện Kế hoạch số 01/KH-UBQGCĐS ngày 10/01/2024 của Ủy ban Quốc gia về Chuyển đổi số về hoạt động năm 2024;"));

        Assert.Equal("Ủy ban Quốc gia về Chuyển đổi số", citation.IssuerText);
        Assert.Equal("hoạt động năm 2024", citation.Summary);
    }

    [Fact]
    public void A_number_without_a_type_word_is_still_cited()
    {
        const string sentence = "Cơ quan phối hợp theo 1439/QĐ-UBND.";

        var citation = Assert.Single(CitationReader.ReadAll(sentence));

        Assert.Null(citation.KindWord);
        Assert.Equal(DocumentKind.Decision, citation.Number.Kind);
        Assert.Equal(sentence.IndexOf("1439", StringComparison.Ordinal), citation.Index);
        Assert.Equal(ReferenceRelation.Cites, citation.Relation);
    }

    [Theory]
    [InlineData("Thời gian hoàn thành: Tháng 02/2022 (đã hoàn thành).")]
    [InlineData("Theo dõi, tổng hợp và báo cáo Ban Chỉ đạo trước ngày 15/12/2022.")]
    [InlineData("Tham gia Hội nghị hợp tác phát triển CNTT-TT Việt Nam lần thứ XXIV")]
    [InlineData("")]
    public void Finds_nothing_where_nothing_is_cited(string sentence)
    {
        Assert.Empty(CitationReader.ReadAll(sentence));
    }

    private static string? StringOrNull(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.GetString();

    private static string ScreamingSnake<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Regex.Replace(value.ToString(), "(?<=[a-z])(?=[A-Z])", "_").ToUpperInvariant();
}
