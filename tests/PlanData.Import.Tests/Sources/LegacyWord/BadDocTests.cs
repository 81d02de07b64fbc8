using PlanData.Import.Reports;
using PlanData.Import.Sources;
using PlanData.Import.Sources.LegacyWord;
using PlanData.Import.Tests.Database;
using PlanData.Import.Tests.Sources.Ocr;
using PlanData.Import.Tests.Sources.Pdf;

namespace PlanData.Import.Tests.Sources.LegacyWord;

/// <summary>A .doc that cannot be read is refused with what it is and what to do, and an import with it changes nothing.</summary>
public sealed class BadDocTests
{
    private const string NotConverted =
        "LibreOffice could not convert this .doc file: it is damaged, protected by a password, or not a Word document; open it in Word or LibreOffice and save it as .docx";

    public static TheoryData<string, string> Inputs() => new()
    {
        { "damaged", NotConverted },
        { "empty", "the file is empty, not a Word document; download or save the .doc file again" },
        { "text", "not a Word .doc file (it does not start like one); it looks like a text file: give it the .txt extension" },
        { "pdf", "not a Word .doc file: it is a PDF; give it the .pdf extension" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task An_import_with_a_bad_doc_gives_its_error_and_leaves_the_database_byte_identical(string kind, string reason)
    {
        if (reason == NotConverted)
        {
            DocumentTools.Require("soffice");
        }

        using var scratch = new ScratchFolder();
        var error = await scratch.RefusedLeavingTheDatabaseAsItWasAsync("quang-ngai-12-KH-UBND-2022.doc", Bytes(kind));

        Assert.Equal(("unreadable", reason), (error.Code, error.Message));
    }

    [Fact]
    public void A_truncated_doc_is_refused_and_leaves_no_temporary_files()
    {
        using var fake = new FakeTool();

        var error = Assert.Throws<ImportException>(() => LegacyWordReader.Read(Bytes("truncated"), "plan.doc", fake.Tools()));

        Assert.Equal($"plan.doc: {NotConverted}", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(fake.TemporaryRoot));
    }

    private static byte[] Bytes(string kind) => kind switch
    {
        // An OLE compound file's signature over noise: without the Word filter named, LibreOffice would read it as text.
        "damaged" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Noise(4096)],
        "truncated" => ConvertedPlan.Files.DocBytes[..4096],
        "empty" => [],
        "text" => "Kế hoạch số 12/KH-UBND\n"u8.ToArray(),
        "pdf" => TestPdf.Text([("KẾ HOẠCH", 60, 700)]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(20220310).NextBytes(bytes);
        return bytes;
    }
}
