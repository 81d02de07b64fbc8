using PlanData.Import.Sources.Ocr;
using PlanData.Plans;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace PlanData.Import.Sources.Pdf;

/// <summary>
/// A PDF → the document model: each page's lines top to bottom, read from its text layer, or by
/// OCR when the page is a scan (<see cref="ScannedPage"/>); a line laid out in columns is a
/// table row (<see cref="ColumnSplit"/>). Every block records its page. A PDF with a text layer
/// needs no external program.
/// </summary>
public static class PdfReader
{
    // A space is about a third of a letter's size.
    private const double SpaceWidth = 0.3;

    /// <summary>
    /// Whether the layout broke the line: the next line's first word would not have fitted after it
    /// before the column's edge (justified or ragged). A line its writer ended leaves room for that word.
    /// </summary>
    private static bool Wrapped(PositionedLine line, PositionedLine next, double edge)
    {
        var word = next.Words[0];
        return line.Words[^1].Right + (SpaceWidth * line.LetterSize) + (word.Right - word.Left) > edge;
    }

    private const string Damaged =
        "the PDF file is damaged and cannot be read (it is truncated or its structure is broken); download or export it again";

    public static DocumentModel Read(byte[] bytes, string fileName) => Read(bytes, fileName, ExternalTools.FromProcess);

    public static DocumentModel Read(byte[] bytes, string fileName, ExternalTools tools)
    {
        PdfFileCheck.Check(bytes, fileName);
        var pages = ReadTextLayer(bytes, fileName);
        var scans = pages.Where(p => p.Lines is null).Select(p => p.Number).ToList();
        var ocr = scans.Count == 0 ? new Dictionary<int, IReadOnlyList<PositionedLine>>() : ScannedPdfReader.Read(bytes, fileName, scans, tools);

        var blocks = new List<Block>();
        foreach (var page in pages)
        {
            var lines = page.Lines ?? ocr[page.Number];
            // The right edge of the page's text column: a line that reaches it was wrapped by the layout, not ended by the writer.
            var edge = lines.Count == 0 ? 0 : lines.Max(l => l.Words[^1].Right);
            for (var k = 0; k < lines.Count; k++)
            {
                var line = lines[k];
                var origin = new BlockOrigin(blocks.Count + 1, page.Number, line.Confidence, k + 1 < lines.Count && Wrapped(line, lines[k + 1], edge));
                var cells = ColumnSplit.Cells(line);
                blocks.Add(cells.Count > 1 ? Block.Row(cells, origin) : Block.Paragraph(cells[0], origin));
            }
        }

        if (blocks.Count == 0)
        {
            throw new ImportException(fileName, null, scans.Count == 0
                ? "the PDF has no text: its pages are blank, or their text is drawn as shapes; import the document's .docx original"
                : "OCR found no text on the scanned pages; check that the scan is readable (300 dpi or more, upright)");
        }

        return new DocumentModel(scans.Count == 0 ? SourceFormat.Pdf : SourceFormat.ScannedPdf, blocks);
    }

    /// <summary>Each page with its text layer's lines, or null lines for a scan.</summary>
    private static List<(int Number, IReadOnlyList<PositionedLine>? Lines)> ReadTextLayer(byte[] bytes, string fileName)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages == 0)
            {
                throw new ImportException(fileName, null, "the PDF has no pages; export the document to PDF again");
            }

            var pages = new List<(int, IReadOnlyList<PositionedLine>?)>();
            foreach (var page in document.GetPages())
            {
                pages.Add((page.Number, ScannedPage.Is(page) ? null : PdfPageText.Lines(page)));
            }

            return pages;
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ImportException(fileName, null,
                "the PDF is protected by a password; open it with its password, save an unprotected copy (for example by printing it to PDF) and import that");
        }
        catch (Exception e) when (e is not ImportException and not OutOfMemoryException)
        {
            // PdfPig reports a broken file with many exception types (format errors, but also index and
            // null-reference errors deep in a damaged stream); to the user all of them mean one thing.
            throw new ImportException(fileName, null, Damaged);
        }
    }
}
