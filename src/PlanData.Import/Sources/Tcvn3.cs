namespace PlanData.Import.Sources;

/// <summary>
/// The TCVN3 (ABC, TCVN 5712:1993 VN3) code table, used with the .VnTime fonts. Capitals with
/// tone marks have no codes of their own: .VnTimeH fonts draw the lower-case codes as capitals.
/// </summary>
internal static class Tcvn3
{
    private static readonly char[] _high = BuildHigh();

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : _high[bytes[i] - 0x80];
        }

        return new string(chars);
    }

    private static char[] BuildHigh()
    {
        var high = new char[0x80];
        Array.Fill(high, '\uFFFD');
        high[0xA0 - 0x80] = '\u00A0';
        Place(high, 0xA1, "ĂÂÊÔƠƯĐăâêôơưđ");
        Place(high, 0xB5, "àảãáạ");
        Place(high, 0xBB, "ằẳẵắ");
        Place(high, 0xC6, "ặầẩẫấậè");
        Place(high, 0xCE, "ẻẽéẹềểễếệìỉ");
        Place(high, 0xDC, "ĩíịò");
        Place(high, 0xE1, "ỏõóọồổỗốộờởỡớợù");
        Place(high, 0xF1, "ủũúụừửữứựỳỷỹýỵ");
        return high;
    }

    private static void Place(char[] high, int firstCode, string letters)
    {
        for (var i = 0; i < letters.Length; i++)
        {
            high[firstCode - 0x80 + i] = letters[i];
        }
    }
}
