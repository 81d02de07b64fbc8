using PlanData.Import.Reports;
using PlanData.Import.Sources;
using PlanData.Import.Sources.Pdf;
using PlanData.Import.Tests.Database;

namespace PlanData.Import.Tests.Sources.Pdf;

/// <summary>A file named .pdf that cannot be read is refused with what it is and what to do, and an import with it changes nothing.</summary>
public sealed class BadPdfTests
{
    public static TheoryData<string, string> Inputs() => new()
    {
        { "damaged", "the PDF file is damaged and cannot be read (it is truncated or its structure is broken); download or export it again" },
        { "text", "not a PDF file (it does not start with %PDF-); it looks like a text file: give it the .txt extension" },
        { "docx", "not a PDF file (it does not start with %PDF-); it looks like a .docx (zip) file: give it the .docx extension" },
        { "encrypted", "the PDF is protected by a password; open it with its password, save an unprotected copy (for example by printing it to PDF) and import that" },
        { "empty", "the file is empty, not a PDF document; download or export the PDF again" },
        { "no pages", "the PDF has no pages; export the document to PDF again" },
        { "blank pages", "the PDF has no text: its pages are blank, or their text is drawn as shapes; import the document's .docx original" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_bad_pdf_is_refused_with_what_to_do(string kind, string reason)
    {
        var error = Assert.Throws<ImportException>(() => PdfReader.Read(Bytes(kind), "plan.pdf", ExternalTools.FromProcess));

        Assert.Equal($"plan.pdf: {reason}", error.Message);
        Assert.Null(error.Line);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task An_import_with_a_bad_pdf_leaves_the_database_byte_identical(string kind, string reason)
    {
        using var scratch = new ScratchFolder();
        var error = await scratch.RefusedLeavingTheDatabaseAsItWasAsync("quang-ngai-12-KH-UBND-2022.pdf", Bytes(kind));

        Assert.Equal(("unreadable", reason), (error.Code, error.Message));
    }

    private static byte[] Bytes(string kind) => kind switch
    {
        "damaged" => Truncated(TestPdf.Text([("KẾ HOẠCH", 60, 700), ("Chuyển đổi số tỉnh Quảng Ngãi năm 2022", 60, 680)])),
        "text" => "Kế hoạch số 12/KH-UBND\nQuảng Ngãi, ngày 10 tháng 3 năm 2022\n"u8.ToArray(),
        "docx" => DocxBuilder.FromLines(["KẾ HOẠCH"]),
        "encrypted" => ConvertedPlan.Files.EncryptedPdfBytes,
        "empty" => [],
        "no pages" => TestPdf.ZeroPages(),
        "blank pages" => TestPdf.Blank(2),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // Cut in the middle, as an interrupted download is: the cross-reference table and trailer are gone.
    private static byte[] Truncated(byte[] pdf) => pdf[..(pdf.Length / 2)];
}
