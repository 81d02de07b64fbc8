namespace PlanData.Plans;

/// <summary>What a plan's text was read from.</summary>
public enum SourceFormat
{
    Text,
    Docx,
    Pdf,
    ScannedPdf,
    LegacyWord,
}
