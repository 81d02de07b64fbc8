using PlanData.Text;

namespace PlanData.Import.Structure;

/// <summary>A table row as the .docx reader writes it: "| TT | Nội dung | ... |".</summary>
public static class TableRow
{
    public static bool TryRead(string text, out IReadOnlyList<string> cells)
    {
        if (text.Length > 1 && text[0] == '|' && text[^1] == '|')
        {
            cells = [.. text[1..^1].Split('|').Select(c => c.Trim())];
            return true;
        }

        cells = [];
        return false;
    }

    /// <summary>A Markdown rule row: every cell dashes (and colons).</summary>
    public static bool IsRule(IReadOnlyList<string> cells) => cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':' or ' '));

    /// <summary>A group row: a Roman numeral and its title (tasks are numbered in digits).</summary>
    public static bool IsGroup(IReadOnlyList<string> cells) =>
        cells.Count > 2 && System.Text.RegularExpressions.Regex.IsMatch(cells[0], @"^[IVXL]+\.?$") && cells[1].Length > 0;

    /// <summary>A header row names its columns (TT, Nội dung, Cơ quan chủ trì, ...) instead of holding an item.</summary>
    public static bool IsHeader(IReadOnlyList<string> cells) =>
        cells.Any(c => FieldLabel.ForHeader(c) is not null || TextFolding.Fold(c) is "tt" or "stt" or "noi dung" or "nhiem vu");
}
