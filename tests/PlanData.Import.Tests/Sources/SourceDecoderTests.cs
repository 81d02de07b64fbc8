using System.Text;
using PlanData.Import.Sources;

namespace PlanData.Import.Tests.Sources;

public sealed class SourceDecoderTests
{
    private const string Sample = "Số: 04 /KH-BCĐ\r\nQuảng Ngãi, ngày 10 tháng 3 năm 2022\nKẾ HOẠCH";

    // "Kế hoạch chuyển đổi số" in TCVN3 (ABC): ế=D5 ạ=B9 ể=D3 đ=AE ổ=E6 ố=E8.
    private const string Tcvn3KeHoach = "4B D5 20 68 6F B9 63 68 20 63 68 75 79 D3 6E 20 AE E6 69 20 73 E8";

    // "Quảng Ngãi, ngày 10 tháng 3 năm 2022" in TCVN3: ả=B6 ã=B7 à=B5 á=B8 ă=A8.
    private const string Tcvn3DateLine = "51 75 B6 6E 67 20 4E 67 B7 69 2C 20 6E 67 B5 79 20 31 30 20 74 68 B8 6E 67 20 33 20 6E A8 6D 20 32 30 32 32";

    // "KẾ HOẠCH" in TCVN3 for a .VnTimeH font: capitals with tones reuse the small letters' codes (ế=D5, ạ=B9).
    private const string Tcvn3Capitals = "4B D5 20 48 4F B9 43 48";

    // "Kế hoạch chuyển đổi số" in VNI-Windows ("Keá hoaïch chuyeån ñoåi soá"): e+E1=ế, a+EF=ạ, e+E5=ể, F1=đ, o+E5=ổ, o+E1=ố.
    private const string VniKeHoach = "4B 65 E1 20 68 6F 61 EF 63 68 20 63 68 75 79 65 E5 6E 20 F1 6F E5 69 20 73 6F E1";

    // "KẾ HOẠCH" in VNI-Windows: E+C1=Ế, A+CF=Ạ (capital codes are the small ones minus 0x20).
    private const string VniCapitals = "4B 45 C1 20 48 4F 41 CF 43 48";

    // "Kế hoạch chuyển đổi số" in Windows-1258 as Windows writes it, with combining tone marks:
    // ê=EA + acute EC, a + dot below F2, ê + hook D2, đ=F0, ô=F4 + hook D2, ô + acute EC.
    private const string Windows1258KeHoach = "4B EA EC 20 68 6F 61 F2 63 68 20 63 68 75 79 EA D2 6E 20 F0 F4 D2 69 20 73 F4 EC";

    // "Le café est très bon, à bientôt et déjà prêt" in Latin-1: é=E9 è=E8 à=E0 ô=F4 ê=EA.
    private const string Latin1French = "4C 65 20 63 61 66 E9 20 65 73 74 20 74 72 E8 73 20 62 6F 6E 2C 20 E0 20 62 69 65 6E 74 F4 74 20 65 74 20 64 E9 6A E0 20 70 72 EA 74";

    // "Informação: não são válidas" in Latin-1: ç=E7 ã=E3 á=E1 (ã is ă in Windows-1258, yet "năo" is no syllable).
    private const string Latin1Portuguese = "49 6E 66 6F 72 6D 61 E7 E3 6F 3A 20 6E E3 6F 20 73 E3 6F 20 76 E1 6C 69 64 61 73";

    // "São João não é irmão" in Latin-1: ã=E3 é=E9; as Windows-1258 "Săo", "năo", "irmăo" hold ă but are no syllables.
    private const string Latin1PortugueseNames = "53 E3 6F 20 4A 6F E3 6F 20 6E E3 6F 20 E9 20 69 72 6D E3 6F";

    // He said “hello” – ok, with Windows-1252 quotes 93/94 and dash 96.
    private const string Windows1252Quotes = "48 65 20 73 61 69 64 20 93 68 65 6C 6C 6F 94 20 96 20 6F 6B";

    [Fact]
    public void Utf8_without_bom_is_decoded_as_is()
    {
        Assert.Equal(Sample, SourceDecoder.Decode(Encoding.UTF8.GetBytes(Sample), "plan.txt"));
    }

    [Fact]
    public void Utf8_bom_is_removed()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();

        Assert.Equal(Sample, SourceDecoder.Decode(bytes, "plan.txt"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_is_decoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);

        Assert.Equal(Sample, SourceDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)], "plan.txt"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf32_with_bom_is_decoded(bool bigEndian)
    {
        var encoding = new UTF32Encoding(bigEndian, byteOrderMark: true);
        const string withAstral = Sample + " 𝐀";

        Assert.Equal(withAstral, SourceDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(withAstral)], "plan.txt"));
    }

    [Fact]
    public void Line_endings_and_a_few_stray_controls_are_left_alone()
    {
        var text = string.Concat(Enumerable.Repeat("Thời gian: Quý I năm 2022.\r\n", 10)) + "\f\u0001Trang 2\rcuối\n";

        Assert.Equal(text, SourceDecoder.Decode(Encoding.UTF8.GetBytes(text), "plan.txt"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("EF BB BF")]
    [InlineData("FF FE")]
    [InlineData("FE FF")]
    [InlineData("20 20 0D 0A 09 0A 0C")]
    [InlineData("EF BB BF C2 A0 0A E2 80 8B")]
    [InlineData("FF FE 20 00 0A 00")]
    public void Empty_or_blank_file_is_refused(string hex)
    {
        var error = Assert.Throws<ImportException>(() => SourceDecoder.Decode(Bytes(hex), "plan.txt"));

        Assert.Equal("plan.txt: the file is empty", error.Message);
        Assert.Null(error.Line);
    }

    [Theory]
    [InlineData("4B 00 E1 BA BF 20 68 6F 00 00 00 00 89 50")]
    [InlineData("01 02 03 04 05 06 07 08 41 42 43 44 45 46 47 48 49 4A 4B 4C")]
    [InlineData("FF FE 4B 00 00 00 68 00")]
    [InlineData("7F 45 4C 46 02 01 01 00 00 00 00 00 00 00 00 00")]
    public void Binary_file_is_refused(string hex)
    {
        var error = Assert.Throws<ImportException>(() => SourceDecoder.Decode(Bytes(hex), "plan.bin"));

        Assert.StartsWith("plan.bin: the file is binary, not a text document", error.Message);
    }

    [Theory]
    [InlineData("50 4B 03 04 14 00 06 00 08 00", ".docx/zip file; give it a .docx extension")]
    [InlineData("D0 CF 11 E0 A1 B1 1A E1 00 00", "old Word .doc")]
    [InlineData("25 50 44 46 2D 31 2E 37 0A 25 E2 E3 CF D3", "PDF")]
    [InlineData("4B 00 65 00 20 00 68 00 6F 00 BF 1E 0A 00", "UTF-16 without a byte-order mark")]
    public void Binary_file_of_a_known_kind_says_what_it_looks_like(string hex, string hint)
    {
        var error = Assert.Throws<ImportException>(() => SourceDecoder.Decode(Bytes(hex), "plan.txt"));

        Assert.StartsWith("plan.txt: the file is binary, not a text document; ", error.Message);
        Assert.Contains(hint, error.Message);
    }

    [Fact]
    public void Rtf_is_refused()
    {
        var error = Assert.Throws<ImportException>(() => SourceDecoder.Decode(@"{\rtf1\ansi K\'ea hoach}"u8, "plan.txt"));

        Assert.Contains("RTF", error.Reason);
    }

    [Theory]
    [InlineData(Tcvn3KeHoach)]
    [InlineData(Tcvn3DateLine)]
    [InlineData(Tcvn3Capitals)]
    [InlineData(VniKeHoach)]
    [InlineData(VniCapitals)]
    [InlineData(Windows1258KeHoach)]
    public void Legacy_vietnamese_encoding_is_refused_with_the_line(string hex)
    {
        byte[] bytes = [.. "UBND TINH QUANG NGAI\r\nSo: 04/KH-BCD\r\n"u8, .. Bytes(hex), .. "\r\n"u8];

        var error = Assert.Throws<ImportException>(() => SourceDecoder.Decode(bytes, "plan.txt"));

        Assert.Equal(3, error.Line);
        Assert.Equal(
            "plan.txt:3: the text is not UTF-8; it looks like a legacy 8-bit Vietnamese encoding (TCVN3/ABC, VNI or Windows-1258). Convert it to Unicode (UTF-8) first.",
            error.Message);
    }

    [Theory]
    [InlineData(Latin1French)]
    [InlineData(Latin1Portuguese)]
    [InlineData(Latin1PortugueseNames)]
    [InlineData(Windows1252Quotes)]
    public void Other_8_bit_text_is_refused_as_not_utf8(string hex)
    {
        byte[] bytes = [.. "Line one\nLine two\n"u8, .. Bytes(hex)];

        var error = Assert.Throws<ImportException>(() => SourceDecoder.Decode(bytes, "plan.txt"));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("plan.txt:3: the text is not UTF-8", error.Message);
        Assert.DoesNotContain("Vietnamese", error.Message);
    }

    [Fact]
    public void A_stray_byte_in_a_utf8_document_names_its_line_and_is_not_taken_for_a_legacy_encoding()
    {
        var lines = SeedDocument.Lines("quang-ngai-04-KH-BCD-2022.txt").Take(12).ToArray();
        byte[] bytes = [.. Encoding.UTF8.GetBytes(string.Join('\n', lines[..6]) + "\n"), .. Bytes("A0"), .. Encoding.UTF8.GetBytes(string.Join('\n', lines[6..]))];

        var error = Assert.Throws<ImportException>(() => SourceDecoder.Decode(bytes, "plan.txt"));

        Assert.Equal("plan.txt:7: the text is not UTF-8; save it as Unicode (UTF-8) first.", error.Message);
    }

    [Theory]
    [InlineData("61 0A 62 0A 63 E1 BA", 3)]
    [InlineData("61 0D 0A 62 0D 0A C3 28", 3)]
    [InlineData("61 0D 62 0D 63 0D FF", 4)]
    [InlineData("EF BB BF 80", 1)]
    public void Invalid_utf8_names_the_line_of_the_first_bad_byte(string hex, int line)
    {
        var error = Assert.Throws<ImportException>(() => SourceDecoder.Decode(Bytes(hex), "plan.txt"));

        Assert.Equal(line, error.Line);
        Assert.Contains("the text is not UTF-8", error.Reason);
    }

    [Theory]
    [InlineData("FF FE 41 00 0A 00 00 D8 42 00", 2)]
    [InlineData("FE FF 00 41 00 0A 00 0A 00", 3)]
    public void Broken_utf16_is_refused_with_the_line(string hex, int line)
    {
        var error = Assert.Throws<ImportException>(() => SourceDecoder.Decode(Bytes(hex), "plan.txt"));

        Assert.Equal(line, error.Line);
        Assert.Contains("not valid UTF-16", error.Reason);
    }

    [Fact]
    public void Broken_utf32_is_refused()
    {
        var error = Assert.Throws<ImportException>(() => SourceDecoder.Decode(Bytes("FF FE 00 00 41 00 00 00 00 D8 00 00"), "plan.txt"));

        Assert.Contains("not valid UTF-32", error.Reason);
    }

    private static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
}
