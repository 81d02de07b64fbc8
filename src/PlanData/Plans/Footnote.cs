namespace PlanData.Plans;

/// <summary>A footnote marker in the text ("... ngày 27/12/2025[1]") and, when the copy holds it, the note it points to.</summary>
public class Footnote
{
    public int Id { get; set; }
    public int PlanId { get; set; }

    /// <summary>The mark without its brackets, e.g. "1".</summary>
    public required string Marker { get; set; }

    /// <summary>The outline part the marker stands in; null in the title.</summary>
    public string? SectionPath { get; set; }

    /// <summary>Source line of the marker.</summary>
    public int Line { get; set; }

    /// <summary>The words the marker follows, up to the clause before them.</summary>
    public required string Context { get; set; }

    /// <summary>The note itself; null when the copy does not carry it (a web page that dropped its footnotes).</summary>
    public string? Text { get; set; }
    public int? TextLine { get; set; }
    public int Position { get; set; }
}
