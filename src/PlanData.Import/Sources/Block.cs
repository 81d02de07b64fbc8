using PlanData.Plans;

namespace PlanData.Import.Sources;

/// <summary>A paragraph (a line of text), or a table row with its cells.</summary>
public sealed record Block(BlockKind Kind, string Text, IReadOnlyList<string> Cells, BlockOrigin Origin)
{
    public static Block Paragraph(string text, BlockOrigin origin) => new(BlockKind.Paragraph, text, [], origin);

    /// <summary>A row whose text is written "| a | b |", as the text renderers of published pages write table rows.</summary>
    public static Block Row(IReadOnlyList<string> cells, BlockOrigin origin) =>
        new(BlockKind.TableRow, "| " + string.Join(" | ", cells) + " |", cells, origin);
}

public enum BlockKind
{
    Paragraph,
    TableRow,
}

/// <param name="Line">1-based line of the document's text view (<see cref="DocumentModel.Text"/>).</param>
/// <param name="Page">1-based page of a PDF; null for formats without pages.</param>
/// <param name="OcrConfidence">0–1 when OCR read the block; null otherwise.</param>
/// <param name="RunsToMargin">The line reaches the right edge of its text column: a laid-out paragraph goes on on the next line (PDF, OCR).</param>
public sealed record BlockOrigin(int Line, int? Page = null, double? OcrConfidence = null, bool RunsToMargin = false);
