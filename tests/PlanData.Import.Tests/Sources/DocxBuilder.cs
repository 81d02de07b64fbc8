using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PlanData.Import.Tests.Sources;

/// <summary>
/// Builds .docx files in memory for tests. <see cref="FromLines"/> turns a text document into
/// a Word document: a line "| a | b |" is a table row (consecutive rows form one table), every
/// other line a paragraph (an empty line an empty paragraph, a tab a w:tab).
/// </summary>
public static class DocxBuilder
{
    public static byte[] FromLines(IEnumerable<string> lines)
    {
        var blocks = new List<OpenXmlElement>();
        Table? table = null;
        foreach (var line in lines)
        {
            if (IsTableRow(line))
            {
                if (table is null)
                {
                    table = Table();
                    blocks.Add(table);
                }

                table.Append(Row(Cells(line)));
            }
            else
            {
                table = null;
                blocks.Add(Paragraph(line));
            }
        }

        foreach (var built in blocks.OfType<Table>())
        {
            var columns = built.Elements<TableRow>().Max(r => r.Elements<TableCell>().Count());
            built.InsertAfter(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "2000" })), built.GetFirstChild<TableProperties>());
        }

        return FromBody(blocks);
    }

    /// <summary>A document whose body holds <paramref name="blocks"/>; <paramref name="configure"/> can add parts such as numbering or styles.</summary>
    public static byte[] FromBody(IEnumerable<OpenXmlElement> blocks, Action<MainDocumentPart>? configure = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks));
            configure?.Invoke(main);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph of one run; tabs in <paramref name="text"/> become w:tab.</summary>
    public static Paragraph Paragraph(string text)
    {
        if (text.Length == 0)
        {
            return new Paragraph();
        }

        var run = new Run();
        var pieces = text.Split('\t');
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new TabChar());
            }

            if (pieces[i].Length > 0)
            {
                run.Append(new WordText(pieces[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        return new Paragraph(run);
    }

    /// <summary>A table row; each cell holds one paragraph per string given for it.</summary>
    public static TableRow Row(params string[][] cells) => new(cells.Select(Cell));

    public static TableRow Row(params string[] cells) => Row([.. cells.Select(c => new[] { c })]);

    public static Table Table(params TableRow[] rows)
    {
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }, borders));
        table.Append(rows);
        return table;
    }

    private static TableCell Cell(string[] paragraphs)
    {
        Paragraph[] content = paragraphs.Length == 0 ? [new Paragraph()] : [.. paragraphs.Select(Paragraph)];
        return new TableCell(content);
    }

    private static bool IsTableRow(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 1 && trimmed[0] == '|' && trimmed[^1] == '|';
    }

    private static string[] Cells(string line)
    {
        var trimmed = line.Trim();
        return [.. trimmed[1..^1].Split('|').Select(c => c.Trim())];
    }
}
