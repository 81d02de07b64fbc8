using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MathText = DocumentFormat.OpenXml.Math.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PlanData.Import.Sources;

/// <summary>Walks a document body in order and writes its paragraphs and table rows as lines.</summary>
internal sealed class DocxTextWalker(DocxNumbering numbering, Footnotes? footnotes = null)
{
    private readonly List<string> _lines = [];

    // Word numbers footnotes by first reference; the ids in the file are arbitrary.
    private readonly List<long> _referenced = [];

    public IReadOnlyList<string> Lines => _lines;

    public void ReadBody(Body body)
    {
        ReadBlocks(body, _lines, inCell: false);

        // The notes follow the text, each on a line that opens with its mark, as a page renders them at its foot.
        for (var n = 0; n < _referenced.Count; n++)
        {
            var note = footnotes?.Elements<Footnote>().FirstOrDefault(f => f.Id?.Value == _referenced[n]);
            var noteLines = new List<string>();
            if (note is not null)
            {
                ReadBlocks(note, noteLines, inCell: true);
            }

            _lines.Add($"[{n + 1}] " + string.Join(' ', noteLines.Select(l => l.Trim()).Where(l => l.Length > 0)));
        }
    }

    private void ReadBlocks(OpenXmlElement container, List<string> lines, bool inCell)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph, lines, inCell);
                    break;
                case Table table:
                    ReadTable(table, lines, inCell);
                    break;
                case SdtProperties or SdtEndCharProperties or SectionProperties or TableCellProperties:
                    break;
                case AlternateContent alternate:
                    if (OneBranch(alternate) is { } branch)
                    {
                        ReadBlocks(branch, lines, inCell);
                    }

                    break;
                default:
                    // Content controls (w:sdt) and custom XML wrap ordinary paragraphs and tables.
                    ReadBlocks(child, lines, inCell);
                    break;
            }
        }
    }

    private void ReadParagraph(Paragraph paragraph, List<string> lines, bool inCell)
    {
        var text = new StringBuilder(numbering.MarkerFor(paragraph));
        var textBoxes = new List<TextBoxContent>();
        ReadInline(paragraph, text, textBoxes);
        lines.Add(text.ToString());
        foreach (var textBox in textBoxes)
        {
            ReadBlocks(textBox, lines, inCell);
        }
    }

    private void ReadInline(OpenXmlElement element, StringBuilder text, List<TextBoxContent> textBoxes)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case WordText run:
                    text.Append(run.Text);
                    break;
                case MathText math:
                    text.Append(math.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case FootnoteReference reference when reference.Id?.Value is { } id:
                    if (!_referenced.Contains(id))
                    {
                        _referenced.Add(id);
                    }

                    text.Append('[').Append(_referenced.IndexOf(id) + 1).Append(']');
                    break;

                // The note's own mark: the note's line carries it already.
                case FootnoteReferenceMark:
                    break;
                // Tracked deletions and field instructions are not part of the text a reader sees.
                case DeletedRun or MoveFromRun or DeletedText or FieldCode or DeletedFieldCode
                    or ParagraphProperties or RunProperties or SdtProperties or SoftHyphen:
                    break;
                // A text box is a block of its own: its paragraphs follow the one it is anchored in.
                case TextBoxContent textBox:
                    textBoxes.Add(textBox);
                    break;
                case AlternateContent alternate:
                    if (OneBranch(alternate) is { } branch)
                    {
                        ReadInline(branch, text, textBoxes);
                    }

                    break;
                default:
                    ReadInline(child, text, textBoxes);
                    break;
            }
        }
    }

    // Word writes a text box twice (DrawingML and a VML fallback); reading both would repeat it.
    private static OpenXmlElement? OneBranch(AlternateContent alternate) =>
        (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate.GetFirstChild<AlternateContentFallback>();

    private void ReadTable(Table table, List<string> lines, bool inCell)
    {
        foreach (var row in Rows(table))
        {
            var cells = new List<string>();
            var rowProperties = row.TableRowProperties;
            Pad(cells, rowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
            foreach (var cell in Cells(row))
            {
                var cellLines = new List<string>();
                ReadBlocks(cell, cellLines, inCell: true);
                var properties = cell.TableCellProperties;
                var continuesMerge = properties?.VerticalMerge is { } merge
                    && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                cells.Add(continuesMerge ? "" : CellText(cellLines));

                // Spanned grid columns become empty cells so that later cells stay under their headers.
                Pad(cells, (properties?.GridSpan?.Val?.Value ?? 1) - 1);
            }

            Pad(cells, rowProperties?.GetFirstChild<GridAfter>()?.Val?.Value ?? 0);
            lines.Add(inCell
                ? string.Join(' ', cells.Where(c => c.Length > 0))
                : "| " + string.Join(" | ", cells) + " |");
        }
    }

    private static string CellText(IEnumerable<string> lines) =>
        string.Join(' ', lines
            .Select(l => l.Replace('\n', ' ').Replace('\t', ' ').Trim())
            .Where(l => l.Length > 0));

    private static void Pad(List<string> cells, int count)
    {
        for (var i = 0; i < count; i++)
        {
            cells.Add("");
        }
    }

    private static IEnumerable<TableRow> Rows(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableRow row)
            {
                yield return row;
            }
            else if (child is SdtRow or SdtContentRow or CustomXmlRow)
            {
                foreach (var inner in Rows(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<TableCell> Cells(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableCell cell)
            {
                yield return cell;
            }
            else if (child is SdtCell or SdtContentCell or CustomXmlCell)
            {
                foreach (var inner in Cells(child))
                {
                    yield return inner;
                }
            }
        }
    }
}
