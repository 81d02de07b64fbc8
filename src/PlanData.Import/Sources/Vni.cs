using System.Text;

namespace PlanData.Import.Sources;

/// <summary>
/// The VNI-Windows code table: a base letter followed by a byte for its marks ("Keá" = Kế,
/// "hoaïch" = hoạch), plus single bytes for đ, ơ, ư and the i/ỵ forms. Each capital's code is
/// its small letter's code minus 0x20.
/// </summary>
internal static class Vni
{
    private static readonly string?[] _high = BuildHigh();

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                text.Append((char)b);
            }
            else
            {
                text.Append(_high[b - 0x80] ?? "\uFFFD");
            }
        }

        return text.ToString();
    }

    private static string?[] BuildHigh()
    {
        const string acute = "\u0301", grave = "\u0300", hook = "\u0309", tilde = "\u0303", dot = "\u0323";
        const string circumflex = "\u0302", breve = "\u0306";
        var small = new (int Code, string Text)[]
        {
            (0xF9, acute), (0xF8, grave), (0xFB, hook), (0xF5, tilde), (0xEF, dot),
            (0xE2, circumflex), (0xE1, circumflex + acute), (0xE0, circumflex + grave),
            (0xE5, circumflex + hook), (0xE3, circumflex + tilde), (0xE4, circumflex + dot),
            (0xEA, breve), (0xE9, breve + acute), (0xE8, breve + grave),
            (0xFA, breve + hook), (0xFC, breve + tilde), (0xEB, breve + dot),
            (0xF1, "đ"), (0xF4, "ơ"), (0xF6, "ư"),
            (0xED, "í"), (0xEC, "ì"), (0xE6, "ỉ"), (0xF3, "ĩ"), (0xF2, "ị"), (0xEE, "ỵ"),
        };
        var high = new string?[0x80];
        foreach (var (code, text) in small)
        {
            high[code - 0x80] = text;
            high[code - 0x20 - 0x80] = text.ToUpperInvariant();
        }

        return high;
    }
}
