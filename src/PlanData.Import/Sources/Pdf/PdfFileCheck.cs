namespace PlanData.Import.Sources.Pdf;

/// <summary>Refuses, before parsing, a file named .pdf that is empty or is not a PDF, saying what it looks like instead.</summary>
public static class PdfFileCheck
{
    // The PDF specification lets readers accept a header that comes after some junk; Acrobat looks this far.
    private const int HeaderWindow = 1024;

    public static void Check(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.IsEmpty)
        {
            throw new ImportException(fileName, null, "the file is empty, not a PDF document; download or export the PDF again");
        }

        if (bytes[..Math.Min(bytes.Length, HeaderWindow)].IndexOf("%PDF-"u8) >= 0)
        {
            return;
        }

        throw new ImportException(fileName, null, "not a PDF file (it does not start with %PDF-)" + Hint(bytes));
    }

    private static string Hint(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x50, 0x4B, 0x03, 0x04, ..] => "; it looks like a .docx (zip) file: give it the .docx extension",
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] => "; it looks like an old Word .doc file: give it the .doc extension",
        _ when LooksLikeText(bytes) => "; it looks like a text file: give it the .txt extension",
        _ => "; export the document to PDF again, or import its .docx original",
    };

    private static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, HeaderWindow)];
        return !head.Contains((byte)0) && System.Text.Unicode.Utf8.IsValid(head.Length < bytes.Length ? TrimPartialCharacter(head) : head);
    }

    // The window may cut a multi-byte character in two; that is not a reason to call the text binary.
    private static ReadOnlySpan<byte> TrimPartialCharacter(ReadOnlySpan<byte> head)
    {
        var end = head.Length;
        for (var back = 0; back < 3 && end > 0 && (head[end - 1] & 0xC0) == 0x80; back++)
        {
            end--;
        }

        return end > 0 && head[end - 1] >= 0xC0 ? head[..(end - 1)] : head[..end];
    }
}
