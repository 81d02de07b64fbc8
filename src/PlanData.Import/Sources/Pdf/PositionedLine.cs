namespace PlanData.Import.Sources.Pdf;

/// <summary>
/// One line of a page as laid out, from a PDF's text layer or from OCR: its words left to right
/// with their horizontal extents, the size of its letters (the unit its gaps are measured in),
/// and for OCR the line's confidence (0–1).
/// </summary>
public sealed record PositionedLine(IReadOnlyList<PositionedWord> Words, double LetterSize, double? Confidence = null);

/// <param name="Left">Where the word starts, in the page's units (points, or pixels for a scan).</param>
/// <param name="Right">Where the word ends, in the same units.</param>
public sealed record PositionedWord(string Text, double Left, double Right);
