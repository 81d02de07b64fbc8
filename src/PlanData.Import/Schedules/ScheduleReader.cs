using System.Globalization;
using System.Text.RegularExpressions;
using PlanData.Text;

namespace PlanData.Import.Schedules;

/// <summary>
/// Reads the value of a "Thời gian" / "Thời hạn hoàn thành" field. The forms are matched on the
/// folded text (lower case, no diacritics), so "Quý", "quý" and an unaccented "Quy" read alike.
/// </summary>
public static partial class ScheduleReader
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Within = @"^(?:hoan thanh\s+)?(?:trong\s+|vao\s+)?";
    private const string YearSeparator = @"\s*(?:/|-|–|\.|,?\s*nam)\s*";
    private const string Until = @"\s*(?:-|–|—|den|toi)\s*";
    private const string QuarterNumber = @"quy\s+(?<q>iv|iii|ii|i|[1-4])" + YearSeparator + @"(?<y>\d{4})";
    private const string Deadline = @"^(?:hoan thanh\s+)?(?:cham nhat\s+)?";

    private static readonly (Regex Form, Func<Match, ScheduleWindow?> Window)[] _forms =
    [
        (Month(), m => ScheduleWindow.Month(Number(m, "y"), Number(m, "m"))),
        (BareMonth(), m => ScheduleWindow.Month(Number(m, "y"), Number(m, "m"))),
        (BareYear(), m => ScheduleWindow.Year(Number(m, "y"))),
        (BareYears(), m => ScheduleWindow.MonthRange(Number(m, "y1"), 1, Number(m, "y2"), 12)),
        (MonthsOfOneYear(), m => ScheduleWindow.MonthRange(Number(m, "y"), Number(m, "m1"), Number(m, "y"), Number(m, "m2"))),
        (MonthsAcrossYears(), m => ScheduleWindow.MonthRange(Number(m, "y1"), Number(m, "m1"), Number(m, "y2"), Number(m, "m2"))),
        (HalfYear(), HalfYearWindow),
        (Quarter(), m => ScheduleWindow.Quarter(Number(m, "y"), QuarterOf(m))),
        (Year(), m => ScheduleWindow.Year(Number(m, "y"))),
        (Recurring(), _ => ScheduleWindow.Recurring),
        (External(), _ => ScheduleWindow.External),
        (Day(), m => ScheduleWindow.By(ScheduleWindow.Date(Number(m, "y"), Number(m, "m"), Number(m, "d")))),
        (BeforeMonth(), m => ScheduleWindow.Before(ScheduleWindow.Date(Number(m, "y"), Number(m, "m"), 1))),
        (BeforeQuarter(), m => ScheduleWindow.Before(ScheduleWindow.Quarter(Number(m, "y"), QuarterOf(m))?.Start)),
        (BeforeYear(), m => ScheduleWindow.Before(ScheduleWindow.Date(Number(m, "y"), 1, 1))),
        (DayRange(), DayRangeWindow),
    ];

    /// <summary>Null when the text is no deadline form known here, or names a date that cannot exist.</summary>
    public static ScheduleReading? Read(string text)
    {
        var (printed, completed) = PrintedSchedule.Clean(text);
        var folded = TextFolding.Fold(printed);
        foreach (var (form, window) in _forms)
        {
            var match = form.Match(folded);
            if (match.Success)
            {
                return window(match) is { } w ? new ScheduleReading(printed, w.Kind, w.Start, w.End, completed) : null;
            }
        }

        return null;
    }

    private static ScheduleWindow? HalfYearWindow(Match match)
    {
        var (year, months) = (Number(match, "y"), Number(match, "n"));
        if (months is < 1 or > 12)
        {
            return null;
        }

        return match.Groups["part"].Value == "dau"
            ? ScheduleWindow.MonthRange(year, 1, year, months)
            : ScheduleWindow.MonthRange(year, 13 - months, year, 12);
    }

    /// <summary>The first day may leave out month and year: "từ ngày 01 đến ngày 10/10/2022".</summary>
    private static ScheduleWindow? DayRangeWindow(Match match)
    {
        var (lastYear, lastMonth) = (Number(match, "y2"), Number(match, "m2"));
        var first = ScheduleWindow.Date(
            match.Groups["y1"].Success ? Number(match, "y1") : lastYear,
            match.Groups["m1"].Success ? Number(match, "m1") : lastMonth,
            Number(match, "d1"));
        return ScheduleWindow.Days(first, ScheduleWindow.Date(lastYear, lastMonth, Number(match, "d2")));
    }

    private static int QuarterOf(Match match) => match.Groups["q"].Value switch
    {
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        var digits => Number(digits),
    };

    private static int Number(Match match, string group) => Number(match.Groups[group].Value);

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(Within + @"thang\s+(?<m>\d{1,2})" + YearSeparator + @"(?<y>\d{4})$", Options)]
    private static partial Regex Month();

    [GeneratedRegex(Within + @"(?:tu\s+)?thang\s+(?<m1>\d{1,2})" + Until + @"(?:(?:het\s+)?thang\s+)?(?<m2>\d{1,2})" + YearSeparator + @"(?<y>\d{4})$", Options)]
    private static partial Regex MonthsOfOneYear();

    [GeneratedRegex(Within + @"(?:tu\s+)?thang\s+(?<m1>\d{1,2})" + YearSeparator + @"(?<y1>\d{4})" + Until + @"(?:het\s+)?thang\s+(?<m2>\d{1,2})" + YearSeparator + @"(?<y2>\d{4})$", Options)]
    private static partial Regex MonthsAcrossYears();

    [GeneratedRegex(Within + @"(?<n>\d{1,2})\s+thang\s+(?<part>dau|cuoi)\s+nam\s*/?\s*(?<y>\d{4})$", Options)]
    private static partial Regex HalfYear();

    [GeneratedRegex(Within + QuarterNumber + "$", Options)]
    private static partial Regex Quarter();

    [GeneratedRegex(Within + @"nam\s+(?<y>\d{4})$", Options)]
    private static partial Regex Year();

    // A table's deadline column prints the month or the year alone: "6/2025", "01/2025", "2030" (03/NQ-CP, Phụ lục II).
    [GeneratedRegex(@"^(?<m>\d{1,2})\s*/\s*(?<y>\d{4})$", Options)]
    private static partial Regex BareMonth();

    [GeneratedRegex(@"^(?<y>\d{4})$", Options)]
    private static partial Regex BareYear();

    [GeneratedRegex(@"^(?<y1>\d{4})\s*(?:-|–|den)\s*(?<y2>\d{4})$", Options)]
    private static partial Regex BareYears();

    [GeneratedRegex(@"^(?:nhiem vu\s+|thuc hien\s+)?(?:thuong xuyen|hang nam|dinh ky hang nam)(?:\s*,?\s*(?:thuong xuyen|hang nam|lien tuc))?$", Options)]
    private static partial Regex Recurring();

    [GeneratedRegex(@"^theo\s+(?:chuong trinh|ke hoach|thong bao|yeu cau|lich|tien do|huong dan|chi dao)(?![a-z0-9])", Options)]
    private static partial Regex External();

    [GeneratedRegex(Deadline + @"(?:truoc\s+|trong\s+|vao\s+)?(?:ngay\s+)?(?:(?<d>\d{1,2})\s*(?<s>[/.-])\s*(?<m>\d{1,2})\s*\k<s>\s*(?<y>\d{4})|(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2}),?\s+nam\s+(?<y>\d{4}))$", Options)]
    private static partial Regex Day();

    [GeneratedRegex(Deadline + @"truoc\s+thang\s+(?<m>\d{1,2})" + YearSeparator + @"(?<y>\d{4})$", Options)]
    private static partial Regex BeforeMonth();

    [GeneratedRegex(Deadline + @"truoc\s+" + QuarterNumber + "$", Options)]
    private static partial Regex BeforeQuarter();

    [GeneratedRegex(Deadline + @"truoc\s+nam\s+(?<y>\d{4})$", Options)]
    private static partial Regex BeforeYear();

    [GeneratedRegex(@"^(?:tu\s+)?(?:ngay\s+)?(?:(?<d1>\d{1,2})\s+thang\s+(?<m1>\d{1,2})(?:,?\s+nam\s+(?<y1>\d{4}))?|(?<d1>\d{1,2})(?:\s*[/.]\s*(?<m1>\d{1,2})(?:\s*[/.]\s*(?<y1>\d{4}))?)?)\s*(?:den|toi|\s[-–]|–)\s*(?:het\s+)?(?:ngay\s+)?(?:(?<d2>\d{1,2})\s*[/.-]\s*(?<m2>\d{1,2})\s*[/.-]\s*(?<y2>\d{4})|(?<d2>\d{1,2})\s+thang\s+(?<m2>\d{1,2}),?\s+nam\s+(?<y2>\d{4}))$", Options)]
    private static partial Regex DayRange();
}
