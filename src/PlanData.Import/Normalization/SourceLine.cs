namespace PlanData.Import.Normalization;

/// <summary>
/// One logical line of a document: its normalised text and the source lines it came from
/// (more than one when the converter had broken a phrase across lines).
/// </summary>
public sealed record SourceLine(string Text, IReadOnlyList<int> Lines, string Raw)
{
    public int First => Lines[0];

    public int Last => Lines[^1];
}
