using System.Globalization;
using System.Text.RegularExpressions;
using PlanData.Text;

namespace PlanData.Import.Structure;

/// <summary>
/// The header row of an indicator table, by what its columns hold: a "Chỉ tiêu" column naming each
/// indicator and a result column ("Kết quả", "Mục tiêu năm 2025", "Chỉ tiêu đến năm 2030"), with
/// optional row number (TT, STT), unit (Đơn vị, Đơn vị tính, ĐVT) and monitoring agency columns.
/// </summary>
/// <param name="Year">The year the result column's header names ("Mục tiêu năm 2025"), if any.</param>
public sealed partial record IndicatorColumns(int? Number, int Name, int? Unit, int Result, int? Monitor, int? Year)
{
    /// <summary>The columns of <paramref name="cells"/> when they head an indicator table; null when they do not.</summary>
    public static IndicatorColumns? Read(IReadOnlyList<string> cells)
    {
        var folded = cells.Select(c => TextFolding.Fold(c).Trim()).ToList();
        var name = folded.FindIndex(c => NameHeader().IsMatch(c));
        var result = name < 0 ? -1 : folded.FindIndex(c => c != folded[name] && ResultHeader().IsMatch(c));
        if (result < 0)
        {
            return null;
        }

        // "Đơn vị chủ trì" is an agency column, not the unit: agencies are told apart first.
        var monitor = folded.FindIndex(c => FieldLabel.ForHeader(c) is { Kind: FieldKind.Agencies } || c.StartsWith("co quan", StringComparison.Ordinal) || c.Contains("chu tri", StringComparison.Ordinal) || c.Contains("theo doi", StringComparison.Ordinal));
        var unit = folded.FindIndex(c => UnitHeader().IsMatch(c));
        var number = folded[0] is "tt" or "stt" ? 0 : -1;
        var year = YearNumber().Match(cells[result]) is { Success: true } match ? int.Parse(match.Value, CultureInfo.InvariantCulture) : (int?)null;
        return new IndicatorColumns(Index(number), name, Index(unit), result, Index(monitor), year);
    }

    private static int? Index(int index) => index < 0 ? null : index;

    [GeneratedRegex(@"^(?:ten |noi dung )?(?:cac )?chi tieu$")]
    private static partial Regex NameHeader();

    // A bare "Chỉ tiêu" names the indicator; "Chỉ tiêu đến năm 2030" or "Chỉ tiêu năm 2025" holds its value.
    [GeneratedRegex(@"^(?:ket qua|muc tieu|gia tri|ke hoach|chi tieu\s+(?:den|nam|giai doan)\b)")]
    private static partial Regex ResultHeader();

    [GeneratedRegex(@"^(?:don vi(?: tinh)?|dvt)$")]
    private static partial Regex UnitHeader();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex YearNumber();
}
