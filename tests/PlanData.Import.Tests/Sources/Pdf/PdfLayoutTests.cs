using PlanData.Import.Sources;
using PlanData.Import.Sources.Pdf;
using PlanData.Plans;

namespace PlanData.Import.Tests.Sources.Pdf;

/// <summary>Text laid out in PDFs written here, where every piece goes exactly where the test says.</summary>
public sealed class PdfLayoutTests
{
    [Fact]
    public void A_two_column_header_drawn_column_by_column_reads_row_by_row_with_its_cells_apart()
    {
        // The left column drawn first, then the right one, as converters often do: reading in drawing order would interleave them.
        var pdf = TestPdf.Text(
        [
            ("ỦY BAN NHÂN DÂN", 70, 780), ("TỈNH QUẢNG NGÃI", 72, 764), ("Số: 12/KH-UBND", 74, 740),
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 280, 780), ("Độc lập - Tự do - Hạnh phúc", 330, 764), ("Quảng Ngãi, ngày 10 tháng 3 năm 2022", 300, 740),
            ("KẾ HOẠCH", 260, 700),
        ]);

        var model = Read(pdf);

        Assert.Equal(
            [
                "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                "| TỈNH QUẢNG NGÃI | Độc lập - Tự do - Hạnh phúc |",
                "| Số: 12/KH-UBND | Quảng Ngãi, ngày 10 tháng 3 năm 2022 |",
                "KẾ HOẠCH",
            ],
            model.Blocks.Select(b => b.Text));
        Assert.Equal(["Số: 12/KH-UBND", "Quảng Ngãi, ngày 10 tháng 3 năm 2022"], model.Blocks[2].Cells);
        Assert.Equal([BlockKind.TableRow, BlockKind.TableRow, BlockKind.TableRow, BlockKind.Paragraph], model.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Lines_read_top_to_bottom_whatever_order_they_were_drawn_in()
    {
        var pdf = TestPdf.Text([("- Thời gian: Tháng 9/2022.", 60, 600), ("II. NỘI DUNG", 60, 640), ("- Cơ quan chủ trì: Sở Thông tin và Truyền thông.", 60, 620)]);

        Assert.Equal(["II. NỘI DUNG", "- Cơ quan chủ trì: Sở Thông tin và Truyền thông.", "- Thời gian: Tháng 9/2022."], Read(pdf).Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Marks_drawn_as_their_own_glyphs_come_out_in_nfc()
    {
        // "Kế hoạch chuyển đổi số" decomposed: each tone and vowel mark is a glyph of its own in the PDF.
        var pdf = TestPdf.Text([("Ke\u0302\u0301 hoa\u0323ch chuye\u0302\u0309n đo\u0302\u0309i so\u0302\u0301", 60, 700)]);

        Assert.Equal("Kế hoạch chuyển đổi số", Assert.Single(Read(pdf).Blocks).Text);
    }

    [Fact]
    public void A_ligature_is_written_out()
    {
        var pdf = TestPdf.Text([("Hồ sơ \uFB01le đính kèm", 60, 700)]);

        Assert.Equal("Hồ sơ file đính kèm", Assert.Single(Read(pdf).Blocks).Text);
    }

    [Fact]
    public void A_justified_line_with_wide_spaces_stays_one_paragraph()
    {
        var pdf = TestPdf.Text([("Căn   cứ   Quyết   định   số   1742/QĐ-UBND   ngày   08/11/2021", 60, 700)]);

        var block = Assert.Single(Read(pdf).Blocks);

        Assert.Equal(BlockKind.Paragraph, block.Kind);
        Assert.Equal("Căn cứ Quyết định số 1742/QĐ-UBND ngày 08/11/2021", block.Text);
    }

    [Fact]
    public void Page_number_footers_are_kept_with_their_page_and_lines_are_numbered_across_pages()
    {
        var pdf = TestPdf.Text(
            [("I. MỤC ĐÍCH, YÊU CẦU", 60, 780), ("1", 295, 30)],
            [("II. NỘI DUNG", 60, 780), ("2", 295, 30)]);

        var model = Read(pdf);

        Assert.Equal(SourceFormat.Pdf, model.Format);
        Assert.Equal(
            [("I. MỤC ĐÍCH, YÊU CẦU", 1, 1), ("1", 2, 1), ("II. NỘI DUNG", 3, 2), ("2", 4, 2)],
            model.Blocks.Select(b => (b.Text, b.Origin.Line, b.Origin.Page ?? 0)));
    }

    private static DocumentModel Read(byte[] pdf) => PdfReader.Read(pdf, "plan.pdf", ExternalTools.FromProcess);
}
