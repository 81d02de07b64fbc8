using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using PlanData.Plans;

namespace PlanData.Import.Sources;

/// <summary>
/// The main body of a .docx as text, in document order: one line per paragraph, one
/// "| cell | cell |" line per table row, list numbers that Word computes written out. NFC.
/// </summary>
public static class DocxReader
{
    private const string NotDocx = "not a valid .docx file";

    public static string ReadText(Stream docx, string fileName) => Read(docx, fileName).Text;

    public static DocumentModel Read(byte[] bytes, string fileName)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Read(stream, fileName);
    }

    public static DocumentModel Read(Stream docx, string fileName)
    {
        var source = docx.CanSeek ? docx : Buffer(docx);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(source, false);
        }
        catch (Exception e) when (IsBrokenPackage(e))
        {
            throw new ImportException(fileName, null, NotDocx + Hint(source));
        }

        using (document)
        {
            try
            {
                var main = document.MainDocumentPart;
                var body = main?.Document?.Body
                    ?? throw new ImportException(fileName, null, $"{NotDocx}: it has no document body");
                var walker = new DocxTextWalker(DocxNumbering.Load(main), main.FootnotesPart?.Footnotes);
                walker.ReadBody(body);
                return DocumentModel.FromText(SourceFormat.Docx, string.Join('\n', walker.Lines).Normalize(NormalizationForm.FormC));
            }
            catch (Exception e) when (IsBrokenPackage(e))
            {
                throw new ImportException(fileName, null, $"{NotDocx}: its document part cannot be read ({e.Message})");
            }
        }
    }

    private static bool IsBrokenPackage(Exception e) =>
        e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or XmlException;

    private static MemoryStream Buffer(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static string Hint(Stream source)
    {
        Span<byte> head = stackalloc byte[8];
        source.Position = 0;
        var read = source.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..read] switch
        {
            [] => " (the file is empty)",
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] => " (it looks like an old Word .doc file, which is read under the .doc extension, or a password-protected one: save it without a password)",
            [0x50, 0x4B, ..] => " (the zip package is damaged, truncated or not a Word document)",
            _ => " (it is not a zip package)",
        };
    }
}
