namespace PlanData.Plans;

/// <summary>
/// One numbered part of a plan document's text ("Phần I", "II.", "1.1.", "a)", an appendix), with the
/// paragraphs it holds before its first sub-part: the document's outline, so that every sentence of it
/// can be reached, read where it stands.
/// </summary>
public class PlanSection
{
    public int Id { get; set; }
    public int PlanId { get; set; }

    /// <summary>Unique in its plan: the labels from the top down, joined by "/", e.g. "II/1/a", "Phần I/1.1", "Phụ lục I".</summary>
    public required string Path { get; set; }

    /// <summary>The enclosing part's path; null at the top.</summary>
    public string? ParentPath { get; set; }

    /// <summary>0 at the top.</summary>
    public int Depth { get; set; }
    public PlanSectionKind Kind { get; set; }

    /// <summary>The number as printed: "Phần I", "II.", "1.1.", "a)", "PHỤ LỤC I"; empty for the preamble.</summary>
    public required string Label { get; set; }

    /// <summary>The text after the label (or the line under "Phần I"), e.g. "MỤC ĐÍCH, YÊU CẦU".</summary>
    public required string Heading { get; set; }

    /// <summary>Its own paragraphs and table rows, as printed, up to its first sub-part.</summary>
    public List<string> Paragraphs { get; set; } = [];

    /// <summary>Order in the document.</summary>
    public int Position { get; set; }

    /// <summary>Source lines of the source document (1-based) it spans, its sub-parts included.</summary>
    public int FirstLine { get; set; }
    public int LastLine { get; set; }
}
