namespace PlanData.Import.Normalization;

/// <summary>
/// One logical line of a document: its normalised text and the source lines it came from
/// (more than one when the converter had broken a phrase across lines).
/// </summary>
/// <param name="Starts">Where each source line's text starts in <see cref="Text"/>; null for a line from one source line.</param>
public sealed record SourceLine(string Text, IReadOnlyList<int> Lines, string Raw, IReadOnlyList<int>? Starts = null)
{
    /// <summary>The source line that holds the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int LineAt(int index)
    {
        if (Starts is null)
        {
            return First;
        }

        var k = 0;
        while (k + 1 < Starts.Count && Starts[k + 1] <= index)
        {
            k++;
        }

        return Lines[k];
    }

    public int First => Lines[0];

    public int Last => Lines[^1];
}
