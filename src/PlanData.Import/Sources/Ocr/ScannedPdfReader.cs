using PlanData.Import.Sources.Pdf;

namespace PlanData.Import.Sources.Ocr;

/// <summary>
/// The scanned pages of a PDF → lines by OCR: each page rendered by pdftoppm, read by Tesseract,
/// one page at a time in a temporary folder that is removed afterwards, whatever happens.
/// </summary>
public static class ScannedPdfReader
{
    /// <summary>At most this many scanned pages are read: a plan is far shorter, and each page costs seconds.</summary>
    public const int MaxPages = 200;

    /// <summary>Tesseract reads print best at 300 dpi; less loses Vietnamese marks, more only costs time.</summary>
    public const int Resolution = 300;

    /// <summary>
    /// The Vietnamese model alone. Measured on scans of a two-page plan (Liberation Serif 13 pt and
    /// DejaVu Serif 12 pt; clean, noisy and low-resolution; Tesseract 5.3): mean line similarity
    /// 0.974–0.998 for "vie", 0.967–0.997 for "vie+eng", every number and date right with both.
    /// English added only dropped marks ("Số:" read as "S6:", "KẾ HOẠCH" as "KE HOẠCH", "TỈNH" as
    /// "TINH"), which loses the number and the title lines.
    /// </summary>
    public const string Languages = "vie";

    /// <summary>
    /// Page segmentation "a single column of text of variable sizes" (4): lines run across the
    /// page, so a two-column header comes out one line a row for the column split to cut (the
    /// automatic mode 3 may cut the page into column blocks and read one after the other).
    /// Measured against mode 6 (one uniform block): as good or better on every scan above.
    /// </summary>
    public const string PageSegmentation = "4";

    /// <summary>One page's rendering or OCR taking longer than this is stopped: a page takes a few seconds.</summary>
    public static readonly TimeSpan PageTimeout = TimeSpan.FromMinutes(2);

    /// <param name="pages">The 1-based numbers of the pages to read.</param>
    /// <param name="pageTimeout">Instead of <see cref="PageTimeout"/> (tests).</param>
    public static IReadOnlyDictionary<int, IReadOnlyList<PositionedLine>> Read(byte[] pdf, string fileName, IReadOnlyList<int> pages, ExternalTools tools, TimeSpan? pageTimeout = null)
    {
        if (pages.Count > MaxPages)
        {
            throw new ImportException(fileName, null,
                $"the PDF has {pages.Count} scanned pages, more than the {MaxPages} that are read by OCR; import the document's text original, or split the scan");
        }

        var pdftoppm = tools.Locate(ExternalTools.Pdftoppm, fileName);
        var tesseract = tools.Locate(ExternalTools.Tesseract, fileName);
        var environment = TesseractEnvironment(tools);
        TesseractLanguages.Check(tesseract, fileName, environment);

        using var folder = tools.NewFolder();
        var input = folder.File("document.pdf");
        File.WriteAllBytes(input, pdf);
        var lines = new Dictionary<int, IReadOnlyList<PositionedLine>>();
        foreach (var page in pages)
        {
            lines[page] = ReadPage(pdftoppm, tesseract, environment, folder, input, page, fileName, pageTimeout ?? PageTimeout);
        }

        return lines;
    }

    /// <summary>Tesseract's own settings: one thread, and its model folder when the tools' environment names one.</summary>
    private static Dictionary<string, string> TesseractEnvironment(ExternalTools tools)
    {
        // One page at a time, Tesseract's threads only contend (measured: a page took twice as long with 2 or 4).
        var environment = new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" };
        if (tools.Environment("TESSDATA_PREFIX") is { Length: > 0 } models)
        {
            environment["TESSDATA_PREFIX"] = models;
        }

        return environment;
    }

    private static IReadOnlyList<PositionedLine> ReadPage(string pdftoppm, string tesseract, IReadOnlyDictionary<string, string> environment, ExternalToolFolder folder, string input, int page, string fileName, TimeSpan timeout)
    {
        var image = folder.File($"page-{page}");
        var render = ExternalToolRun.Start(
            pdftoppm,
            // Uncompressed PGM: writing PNG took longer than the OCR it feeds (measured: 2.2 s against 0.9 s a page), for the same text.
            ["-r", $"{Resolution}", "-gray", "-f", $"{page}", "-l", $"{page}", "-singlefile", input, image],
            timeout, fileName, $"rendering scanned page {page}");
        if (render.ExitCode != 0 || !File.Exists(image + ".pgm"))
        {
            throw new ImportException(fileName, null, $"scanned page {page} could not be rendered for OCR ({render.LastError}); the PDF may be damaged");
        }

        var ocr = ExternalToolRun.Start(
            tesseract,
            [image + ".pgm", "stdout", "-l", Languages, "--psm", PageSegmentation, "tsv"],
            timeout, fileName, $"OCR of scanned page {page}", environment);
        if (ocr.ExitCode != 0)
        {
            throw new ImportException(fileName, null, $"OCR of scanned page {page} failed ({ocr.LastError})");
        }

        // Only one page's image is kept on disk at a time: a 300 dpi page is 9 MB.
        File.Delete(image + ".pgm");
        return TesseractTsv.Lines(ocr.Output);
    }
}
