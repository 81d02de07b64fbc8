using System.Text.Unicode;

namespace PlanData.Import.Sources.LegacyWord;

/// <summary>
/// What a file named .doc really is. Word's "Word 97-2003" files are OLE compound files, but files
/// published as .doc are also RTF, HTML or Word 2003 XML, or a .docx renamed; anything else is
/// refused before LibreOffice is started.
/// </summary>
public static class LegacyWordFileCheck
{
    public enum Kind
    {
        /// <summary>An OLE compound file: Word 97-2003.</summary>
        Word97,
        Rtf,
        /// <summary>HTML or XML (Word's "Web page" and "Word 2003 XML" saved as .doc).</summary>
        Markup,
        /// <summary>A zip package: a .docx under a .doc name.</summary>
        Docx,
    }

    public static Kind Check(ReadOnlySpan<byte> bytes, string fileName)
    {
        var start = (bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes).TrimStart(" \t\r\n"u8);
        return bytes switch
        {
            [] => throw new ImportException(fileName, null, "the file is empty, not a Word document; download or save the .doc file again"),
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] => Kind.Word97,
            [0x50, 0x4B, 0x03, 0x04, ..] => Kind.Docx,
            _ when start.StartsWith("{\\rtf"u8) => Kind.Rtf,
            _ when start.StartsWith("<"u8) => Kind.Markup,
            _ when bytes.StartsWith("%PDF-"u8) => throw new ImportException(fileName, null, "not a Word .doc file: it is a PDF; give it the .pdf extension"),
            _ => throw new ImportException(fileName, null, "not a Word .doc file (it does not start like one)"
                + (!bytes.Contains((byte)0) && Utf8.IsValid(bytes) ? "; it looks like a text file: give it the .txt extension" : "; open it in Word or LibreOffice and save it as .docx")),
        };
    }
}
