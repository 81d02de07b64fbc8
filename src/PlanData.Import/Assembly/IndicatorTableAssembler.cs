using System.Globalization;
using System.Text.RegularExpressions;
using PlanData.Import.Agencies;
using PlanData.Import.Normalization;
using PlanData.Import.Structure;
using PlanData.Import.Targets;
using PlanData.Seeding;

namespace PlanData.Import.Assembly;

/// <summary>
/// Every row of an indicator table (<see cref="IndicatorTable"/>) whose result states a number becomes
/// indicators: one a target of its result cell, named by its "Chỉ tiêu" cell, in the unit of its "Đơn vị"
/// cell (or the result's "%"), for the year of the group row above it ("Đến năm 2030"), else of the
/// result column's header ("Mục tiêu năm 2025"), else of the document. Its code is the table's prefix
/// and the row's number (phu-luc-i-11-1), which is how the document itself refers to it.
/// A row whose result states no number is reported, never dropped.
/// </summary>
public static partial class IndicatorTableAssembler
{
    public const string Unmeasured = "unmeasured-indicator";

    public static void ReadAll(ImportContext context, IReadOnlyList<SourceLine> lines)
    {
        foreach (var table in IndicatorTable.FindAll(lines))
        {
            context.Map(table.Header);
            var year = table.Columns.Year;
            foreach (var row in table.Rows)
            {
                TableRow.TryRead(row.Text, out var cells);
                if (TableRow.IsRule(cells))
                {
                    context.Map(row);
                }
                else if (TableRow.IsGroup(cells))
                {
                    // "| I | Đến năm 2030 | | |": the rows below are for that year, until the next group.
                    year = GroupYear().Match(cells[1]) is { Success: true } match ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : table.Columns.Year;
                    context.Map(row);
                }
                else
                {
                    ReadRow(context, table, row, cells, year ?? (context.Year > 0 ? context.Year : null));
                }
            }
        }
    }

    private static void ReadRow(ImportContext context, IndicatorTable table, SourceLine row, IReadOnlyList<string> cells, int? year)
    {
        var columns = table.Columns;
        string Cell(int? index) => index is { } i && i < cells.Count ? cells[i] : "";
        var printed = string.Join(" | ", cells.Where(c => c.Length > 0));
        var result = Cell(columns.Result);
        var targets = ResultCell.ReadAll(result);
        if (targets.Count == 0)
        {
            context.ReportUnread(row, Unmeasured, result.Length == 0
                ? "indicator row without a result (a heading over the rows below it): not an indicator"
                : "indicator row whose result states no number (a qualitative target): not an indicator", printed);
            return;
        }

        var name = Cell(columns.Name);
        var number = Slugs.From(Cell(columns.Number));
        var code = $"{table.CodePrefix}-{(number.Length > 0 ? number : Slugs.From(name))}";
        var monitors = Cell(columns.Monitor) is { Length: > 0 } agencies
            ? context.ReadAgencies(agencies, row.First).Select(m => m.Agency.Code).Distinct(StringComparer.Ordinal).ToList()
            : null;
        for (var k = 0; k < targets.Count; k++)
        {
            var target = targets[k];
            // "≤ 3 Đông Nam Á; ≤ 50 Thế giới": one indicator a scope, told apart by it.
            var own = targets.Count == 1 ? code : $"{code}-{(target.Scope is { } scope ? Slugs.From(scope) : (k + 1).ToString(CultureInfo.InvariantCulture))}";
            var unit = Cell(columns.Unit) is { Length: > 0 } printedUnit ? printedUnit : target.Share ? "%" : "";
            context.Indicators.Add(new IndicatorEntry(
                context.UniqueIndicatorCode(own), name, null, target.Comparator, target.Value, unit, year, null, null, printed,
                UpperValue: target.Upper, Scope: target.Scope, TargetText: result, MonitoredBy: monitors));
        }

        // A row a reader of its part already took for a citation has given it.
        if (!row.Lines.All(context.Mapped.Contains))
        {
            CitationAssembler.Read(context, row, null);
        }

        context.Map(row);
    }

    [GeneratedRegex(@"(?:năm|^)\s*(?<year>(?:19|20)\d\d)(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupYear();
}
