using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace PlanData.Import.Tests.Sources.Pdf;

/// <summary>
/// PDFs written in the test itself with PdfPig's builder, where each piece of text goes exactly
/// where the test says: the layouts a converter may produce, without needing one.
/// </summary>
public static class TestPdf
{
    /// <summary>DejaVu Sans has every Vietnamese letter and the combining marks, so text is drawn as given (NFD stays NFD).</summary>
    public const string FontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <param name="pages">Each page's texts, in the order they are drawn, at their baseline's start in points from the bottom left.</param>
    public static byte[] Text(params (string Text, double X, double Y)[][] pages)
    {
        DocumentTools.RequireFile(FontFile, "the DejaVu Sans font (fonts-dejavu-core)");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontFile));
        foreach (var texts in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            foreach (var (text, x, y) in texts)
            {
                page.AddText(text, 12, new PdfPoint(x, y), font);
            }
        }

        return builder.Build();
    }

    /// <summary>Pages that each hold one page-sized image and no text: a scan.</summary>
    public static byte[] ImageOnly(int pages)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(WhitePng(8, 8), new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        }

        return builder.Build();
    }

    public static byte[] Blank(int pages)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(PageSize.A4);
        }

        return builder.Build();
    }

    /// <summary>A well-formed PDF whose page tree is empty.</summary>
    public static byte[] ZeroPages()
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var body in new[] { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>" })
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append("xref\n0 3\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A white greyscale PNG, written out here because .NET has no image encoder.</summary>
    private static byte[] WhitePng(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), deflate, no filter, no interlace
        Chunk(png, "IHDR", header);

        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[width + 1];
            Array.Fill(row, (byte)0xFF, 1, width);
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
