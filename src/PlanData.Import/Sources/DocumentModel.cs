using PlanData.Plans;

namespace PlanData.Import.Sources;

/// <summary>
/// One document as every decoder emits it, whatever its format: ordered blocks, each with where
/// it came from. Block N is line N of <see cref="Text"/>, the document's text view, so line
/// numbers in reports and in the structured form mean the same for every format.
/// </summary>
public sealed record DocumentModel(SourceFormat Format, IReadOnlyList<Block> Blocks)
{
    /// <summary>The blocks as lines: a table row as "| cell | cell |", every other block as its text.</summary>
    public string Text => string.Join('\n', Blocks.Select(b => b.Text));

    /// <summary>The mean OCR confidence (0–1) of the blocks that OCR read; null when none did.</summary>
    public double? OcrConfidence =>
        Blocks.Select(b => b.Origin.OcrConfidence).OfType<double>().DefaultIfEmpty(double.NaN).Average() is var mean && double.IsNaN(mean) ? null : mean;

    /// <summary>A document whose text view is the given text, one paragraph a line (a text file, or a converter's output).</summary>
    public static DocumentModel FromText(SourceFormat format, string text, int? page = null) =>
        new(format, [.. text.Split('\n').Select((line, i) => Block.Paragraph(line.TrimEnd('\r'), new BlockOrigin(i + 1, page)))]);
}
