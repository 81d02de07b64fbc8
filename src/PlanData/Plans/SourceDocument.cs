namespace PlanData.Plans;

/// <summary>The file a plan was read from, and how much of it became data.</summary>
public class SourceDocument
{
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public int LineCount { get; set; }
    public int MappedLineCount { get; set; }
}
