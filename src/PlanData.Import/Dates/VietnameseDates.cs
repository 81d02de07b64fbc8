using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanData.Import.Dates;

/// <summary>
/// Calendar dates as Vietnamese documents print them: <c>ngày 08/11/2021</c>,
/// <c>ngày 02 tháng 02 năm 2024</c>, and the header line <c>Quảng Ngãi, ngày 10 tháng 3 năm 2022</c>.
/// </summary>
public static partial class VietnameseDates
{
    // Whitespace after "ngày" may be a line break: mirrors split the header line there.
    private const string DatePattern =
        @"ngày\s+(?<day>\d{1,2})[ \t]*(?<separator>[/.\-])[ \t]*(?<month>\d{1,2})[ \t]*\k<separator>[ \t]*(?<year>\d{4})" +
        @"|ngày\s+(?<day>\d{1,2})\s+tháng\s+(?<month>\d{1,2})\s+năm\s+(?<year>\d{4})";

    // A bare dd/mm/yyyy is still a date, but "1/2/2022/QĐ" or "85/2016/NĐ-CP" are not.
    private const string BareDatePattern = @"(?<![\p{L}\p{N}/.\-])(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4})";

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:" + DatePattern + ")(?![\\p{N}])|" + BareDatePattern + @"(?![\p{N}/])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"^\s*(?:(?<place>[^,]*?)\s*,\s*)?(?:" + DatePattern + @")\s*\.?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    public static IReadOnlyList<DateMatch> FindAll(string text)
    {
        var found = new List<DateMatch>();
        foreach (Match match in AnyDate().Matches(text))
        {
            if (TryRead(match, out var date))
            {
                found.Add(new DateMatch(date, match.Index, match.Length));
            }
        }

        return found;
    }

    /// <summary>Reads a whole header line; <paramref name="place"/> is empty when the line names no place.</summary>
    public static bool TryParseDateLine(string line, out string place, out DateOnly date)
    {
        var match = DateLine().Match(line);
        if (match.Success && TryRead(match, out date))
        {
            place = Whitespace().Replace(match.Groups["place"].Value, " ").Trim();
            return true;
        }

        place = "";
        date = default;
        return false;
    }

    private static bool TryRead(Match match, out DateOnly date)
    {
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }

        date = default;
        return false;
    }
}
