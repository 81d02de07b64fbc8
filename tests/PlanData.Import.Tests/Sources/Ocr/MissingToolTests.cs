using PlanData.Import.Sources;
using PlanData.Import.Sources.Pdf;
using PlanData.Import.Tests.Sources.Pdf;

namespace PlanData.Import.Tests.Sources.Ocr;

/// <summary>A scan needs pdftoppm and Tesseract with its Vietnamese model; without one, the error says which Debian package to install.</summary>
public sealed class MissingToolTests
{
    private static readonly byte[] Scan = TestPdf.ImageOnly(1);

    [Fact]
    public void Without_pdftoppm_a_scan_is_refused_naming_poppler_utils()
    {
        var error = Read(("PLANDATA_PDFTOPPM", "/nonexistent/pdftoppm"));

        Assert.Equal(
            "scan.pdf: reading this file needs pdftoppm (Poppler's PDF renderer), which is not installed (PLANDATA_PDFTOPPM is set to /nonexistent/pdftoppm, which does not exist). "
            + "Install Debian's poppler-utils package (apt-get install poppler-utils), or set PLANDATA_PDFTOPPM to the program's path.",
            error.Message);
    }

    [Fact]
    public void Without_tesseract_a_scan_is_refused_naming_its_packages()
    {
        var error = Read(("PLANDATA_TESSERACT", "/nonexistent/tesseract"));

        Assert.Equal(
            "scan.pdf: reading this file needs the Tesseract OCR engine with its Vietnamese model, which is not installed (PLANDATA_TESSERACT is set to /nonexistent/tesseract, which does not exist). "
            + "Install Debian's tesseract-ocr and tesseract-ocr-vie packages (apt-get install tesseract-ocr tesseract-ocr-vie), or set PLANDATA_TESSERACT to the program's path.",
            error.Message);
    }

    [Fact]
    public void Without_the_vietnamese_model_a_scan_is_refused_naming_tesseract_ocr_vie()
    {
        DocumentTools.Require("tesseract");
        using var fake = new FakeTool();

        var error = Read(("TESSDATA_PREFIX", Directory.CreateDirectory(Path.Combine(fake.Root, "no-models")).FullName));

        Assert.Equal(
            "scan.pdf: reading this file needs the Tesseract OCR engine with its Vietnamese model, which is not installed (its Vietnamese model, vie.traineddata, is missing). "
            + "Install Debian's tesseract-ocr-vie package (apt-get install tesseract-ocr-vie), or set PLANDATA_TESSERACT to the program's path.",
            error.Message);
    }

    [Fact]
    public void A_tool_on_neither_path_nor_debians_folders_is_not_installed()
    {
        var tool = ExternalTools.Tesseract with { DebianFolders = [] };

        var error = Assert.Throws<ImportException>(() => tool.Locate("scan.pdf", name => name == "PATH" ? "/nonexistent/bin" : null));

        Assert.StartsWith("scan.pdf: reading this file needs the Tesseract OCR engine with its Vietnamese model, which is not installed. Install Debian's tesseract-ocr and tesseract-ocr-vie packages", error.Message);
    }

    [Fact]
    public void A_pdf_with_a_text_layer_needs_no_external_tool()
    {
        var pdf = TestPdf.Text([("KẾ HOẠCH", 60, 700)]);
        var nothing = new ExternalTools(name => name.StartsWith("PLANDATA_", StringComparison.Ordinal) ? "/nonexistent/tool" : name == "PATH" ? "" : null);

        Assert.Equal("KẾ HOẠCH", Assert.Single(PdfReader.Read(pdf, "plan.pdf", nothing).Blocks).Text);
    }

    private static ImportException Read(params (string, string)[] variables)
    {
        using var fake = new FakeTool();
        return Assert.Throws<ImportException>(() => PdfReader.Read(Scan, "scan.pdf", fake.Tools(variables)));
    }
}
