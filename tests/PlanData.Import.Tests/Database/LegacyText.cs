using System.Text;
using PlanData.Import.Sources;

namespace PlanData.Import.Tests.Database;

/// <summary>
/// Writes Unicode text in the 8-bit Vietnamese encodings that predate it, the way an old file
/// holds it; the code tables are the decoder's own, read backwards. A character neither table
/// has (typographic quotes) becomes '?'.
/// </summary>
public static class LegacyText
{
    private const string VowelMarks = "\u0302\u0306";
    private const char Horn = '\u031B';

    public static byte[] ToTcvn3(string text)
    {
        var codes = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var c = Tcvn3.Decode([(byte)b])[0];
            if (c != '\uFFFD')
            {
                codes.TryAdd(c, (byte)b);
            }
        }

        // Capitals with tone marks have no codes: a .VnTimeH font draws the small letters' codes as capitals.
        return [.. text.Normalize(NormalizationForm.FormC).Select(c =>
            c < 0x80 ? (byte)c
            : codes.TryGetValue(c, out var code) || codes.TryGetValue(char.ToLowerInvariant(c), out code) ? code
            : (byte)'?')];
    }

    public static byte[] ToVni(string text)
    {
        // Every small letter's code is 0xE0 or above; its capital's is 0x20 lower.
        var small = new Dictionary<string, byte>(StringComparer.Ordinal);
        var capital = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (var b = 0xE0; b <= 0xFF; b++)
        {
            var decoded = Vni.Decode([(byte)b]);
            if (decoded != "\uFFFD")
            {
                small[decoded] = (byte)b;
                capital[decoded.ToUpperInvariant()] = (byte)(b - 0x20);
            }
        }

        var bytes = new List<byte>();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (c < 0x80)
            {
                bytes.Add((byte)c);
                continue;
            }

            var codes = char.IsUpper(c) ? capital : small;
            if (codes.TryGetValue(c.ToString(), out var whole))
            {
                bytes.Add(whole);
                continue;
            }

            var parts = c.ToString().Normalize(NormalizationForm.FormD);
            var letter = parts[0];
            var marks = parts[1..];
            if (marks.Contains(Horn))
            {
                bytes.Add(codes[$"{letter}{Horn}".Normalize(NormalizationForm.FormC)]);
                marks = marks.Replace(Horn.ToString(), "", StringComparison.Ordinal);
            }
            else if (letter < 0x80)
            {
                bytes.Add((byte)letter);
            }
            else
            {
                bytes.Add((byte)'?');
                continue;
            }

            if (marks.Length > 0)
            {
                // VNI writes the vowel's own mark (circumflex, breve) before the tone.
                var ordered = string.Concat(marks.OrderBy(m => VowelMarks.Contains(m) ? 0 : 1));
                bytes.Add(codes.TryGetValue(ordered, out var code) ? code : (byte)'?');
            }
        }

        return [.. bytes];
    }
}
