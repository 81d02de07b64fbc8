using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PlanData.Import.Sources;

/// <summary>
/// Bytes of a text document → text. Accepts UTF-8 (with or without BOM) and UTF-16/UTF-32 with
/// a BOM; refuses empty and binary files and legacy 8-bit encodings with a message that says
/// what the file is and what to do. Line endings are left as they are.
/// </summary>
public static class SourceDecoder
{
    private const string Binary = "the file is binary, not a text document";
    private const string NotUtf8 = "the text is not UTF-8";

    // Above this share of control characters a file is data, not a document; a few stray ones
    // (form feeds, a DOS end-of-file mark) are normal in exported text.
    private const double ControlShareLimit = 0.05;

    public static string Decode(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.IsEmpty)
        {
            throw Empty(fileName);
        }

        var text = bytes switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => DecodeUtf32(bytes[4..], bigEndian: false, fileName),
            [0x00, 0x00, 0xFE, 0xFF, ..] => DecodeUtf32(bytes[4..], bigEndian: true, fileName),
            [0xFF, 0xFE, ..] => DecodeUtf16(bytes[2..], bigEndian: false, fileName),
            [0xFE, 0xFF, ..] => DecodeUtf16(bytes[2..], bigEndian: true, fileName),
            [0xEF, 0xBB, 0xBF, ..] => DecodeUtf8(bytes[3..], fileName),
            _ => DecodeUtf8(bytes, fileName),
        };

        if (IsBlank(text))
        {
            throw Empty(fileName);
        }

        if (text.Contains('\0') || ControlShare(text) > ControlShareLimit)
        {
            throw new ImportException(fileName, null, Binary);
        }

        return text;
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string fileName)
    {
        RefuseNonText(bytes, fileName);
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        var line = LineOf(bytes[..read]);
        if (LegacyVietnamese.IsLikely(bytes))
        {
            throw new ImportException(fileName, line,
                "the text is not UTF-8; it looks like a legacy 8-bit Vietnamese encoding (TCVN3/ABC, VNI or Windows-1258). Convert it to Unicode (UTF-8) first.");
        }

        throw new ImportException(fileName, line, NotUtf8 + "; save it as Unicode (UTF-8) first.");
    }

    private static void RefuseNonText(ReadOnlySpan<byte> bytes, string fileName)
    {
        string? hint = bytes switch
        {
            [0x50, 0x4B, 0x03 or 0x05, 0x04 or 0x06, ..] => "this looks like a .docx/zip file; give it a .docx extension",
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] => "this looks like an old Word .doc (or password-protected Office) file; save it as .docx",
            [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "this looks like a PDF file; use the .docx original or extract its text first",
            _ => null,
        };
        if (hint is not null)
        {
            throw new ImportException(fileName, null, $"{Binary}; {hint}");
        }

        if (bytes.StartsWith("{\\rtf"u8))
        {
            throw new ImportException(fileName, null, "the file is RTF, not plain text; save it as .docx or as UTF-8 text");
        }

        if (bytes.Contains((byte)0))
        {
            throw new ImportException(fileName, null, LooksLikeUtf16WithoutBom(bytes)
                ? $"{Binary}; it may be UTF-16 without a byte-order mark: save it as UTF-8"
                : Binary);
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80 && IsControl((char)b))
            {
                controls++;
            }
        }

        if (controls > bytes.Length * ControlShareLimit)
        {
            throw new ImportException(fileName, null, Binary);
        }
    }

    // ASCII-range text in UTF-16 has a zero in every other byte.
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4)
        {
            return false;
        }

        var evenZeros = 0;
        var oddZeros = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = bytes.Length / 2;
        return Math.Max(evenZeros, oddZeros) > pairs * 0.6 && Math.Min(evenZeros, oddZeros) < pairs * 0.1;
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, string fileName)
    {
        var chars = new char[bytes.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            var (high, low) = bigEndian ? (bytes[2 * i], bytes[2 * i + 1]) : (bytes[2 * i + 1], bytes[2 * i]);
            chars[i] = (char)(high << 8 | low);
        }

        var invalidAt = bytes.Length % 2 == 0 ? -1 : chars.Length;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                invalidAt = i;
                break;
            }
        }

        if (invalidAt >= 0)
        {
            throw new ImportException(fileName, LineOf(chars.AsSpan(0, invalidAt)),
                "the text has a UTF-16 byte-order mark but is not valid UTF-16 (a broken character or a truncated file)");
        }

        return new string(chars);
    }

    private static string DecodeUtf32(ReadOnlySpan<byte> bytes, bool bigEndian, string fileName)
    {
        var text = new StringBuilder(bytes.Length / 4);
        Span<char> buffer = stackalloc char[2];
        for (var i = 0; i < bytes.Length; i += 4)
        {
            var unit = bytes[i..Math.Min(i + 4, bytes.Length)];
            var value = unit.Length < 4 ? -1
                : bigEndian ? unit[0] << 24 | unit[1] << 16 | unit[2] << 8 | unit[3]
                : unit[3] << 24 | unit[2] << 16 | unit[1] << 8 | unit[0];
            if (!Rune.TryCreate(value, out var rune))
            {
                throw new ImportException(fileName, LineOf(text.ToString()),
                    "the text has a UTF-32 byte-order mark but is not valid UTF-32 (a broken character or a truncated file)");
            }

            text.Append(buffer[..rune.EncodeToUtf16(buffer)]);
        }

        return text.ToString();
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\uFEFF' or '\u200B'))
            {
                return false;
            }
        }

        return true;
    }

    private static double ControlShare(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            controls += IsControl(c) ? 1 : 0;
        }

        return (double)controls / text.Length;
    }

    // \v is kept with the white space: Word writes it for a manual line break in copied text.
    private static bool IsControl(char c) =>
        char.IsControl(c) && c is not ('\t' or '\n' or '\v' or '\f' or '\r');

    /// <summary>The 1-based line on which the text after <paramref name="before"/> starts (\r\n, \n and a lone \r each end a line).</summary>
    private static int LineOf(ReadOnlySpan<byte> before)
    {
        var line = 1;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == '\n' || (before[i] == '\r' && (i + 1 == before.Length || before[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    private static int LineOf(ReadOnlySpan<char> before)
    {
        var line = 1;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == '\n' || (before[i] == '\r' && (i + 1 == before.Length || before[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    private static ImportException Empty(string fileName) => new(fileName, null, "the file is empty");
}
