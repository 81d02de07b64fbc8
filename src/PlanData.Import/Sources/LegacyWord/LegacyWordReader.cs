using PlanData.Plans;

namespace PlanData.Import.Sources.LegacyWord;

/// <summary>
/// An old Word .doc → the document model: LibreOffice converts it to .docx in a temporary folder
/// (with a profile of its own, so that imports running at the same time do not share one), and
/// the .docx is read as any other (<see cref="DocxReader"/>).
/// </summary>
public static class LegacyWordReader
{
    /// <summary>A conversion taking longer than this is stopped: a plan converts in seconds, most of them LibreOffice's start.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static DocumentModel Read(byte[] bytes, string fileName) => Read(bytes, fileName, ExternalTools.FromProcess);

    /// <param name="timeout">Instead of <see cref="Timeout"/> (tests).</param>
    public static DocumentModel Read(byte[] bytes, string fileName, ExternalTools tools, TimeSpan? timeout = null)
    {
        var kind = LegacyWordFileCheck.Check(bytes, fileName);
        if (kind == LegacyWordFileCheck.Kind.Docx)
        {
            // A .docx saved under a .doc name is read as what it is.
            return DocxReader.Read(bytes, fileName);
        }

        var soffice = tools.Locate(ExternalTools.LibreOffice, fileName);
        using var folder = tools.NewFolder();
        var input = folder.File("document.doc");
        var output = folder.File("converted");
        File.WriteAllBytes(input, bytes);
        ExternalToolRun.Start(
            soffice,
            [
                $"-env:UserInstallation={new Uri(folder.File("profile")).AbsoluteUri}",
                "--headless", "--norestore", "--nolockcheck", "--nologo",
                .. InputFilter(kind),
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", output, input,
            ],
            timeout ?? Timeout, fileName, "converting the .doc file with LibreOffice");

        var converted = Path.Combine(output, "document.docx");
        if (!File.Exists(converted))
        {
            // LibreOffice exits with 0 even when it could not load the file; only the missing output tells.
            throw new ImportException(fileName, null,
                "LibreOffice could not convert this .doc file: it is damaged, protected by a password, or not a Word document; open it in Word or LibreOffice and save it as .docx");
        }

        return DocxReader.Read(File.ReadAllBytes(converted), fileName) with { Format = SourceFormat.LegacyWord };
    }

    // Without a filter named, LibreOffice reads a file it cannot parse as plain text, and a damaged
    // .doc would come back as a page of gibberish instead of an error.
    private static string[] InputFilter(LegacyWordFileCheck.Kind kind) => kind switch
    {
        LegacyWordFileCheck.Kind.Word97 => ["--infilter=MS Word 97"],
        LegacyWordFileCheck.Kind.Rtf => ["--infilter=Rich Text Format"],
        _ => [],
    };
}
