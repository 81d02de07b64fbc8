namespace PlanData.Plans;

/// <summary>The file a plan was read from, and how much of it became data.</summary>
public class SourceDocument
{
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public int LineCount { get; set; }
    public int MappedLineCount { get; set; }

    /// <summary>What the text was read from: a text file, .docx, a PDF's text layer, OCR of a scan, or a legacy .doc.</summary>
    public SourceFormat Format { get; set; }

    /// <summary>The mean OCR confidence (0–1) of the text, when OCR read it.</summary>
    public double? OcrConfidence { get; set; }
}
