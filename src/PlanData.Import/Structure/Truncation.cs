using PlanData.Import.Normalization;

namespace PlanData.Import.Structure;

/// <summary>
/// A plan ends with its recipients ("Nơi nhận") or its signature. One that ends before both was
/// cut short: whatever was read of its last part may be incomplete too.
/// </summary>
public static class Truncation
{
    /// <returns>What is missing, or null when the document has its ending.</returns>
    public static string? Describe(DocumentStructure structure, IReadOnlyList<SourceLine> lines)
    {
        if (lines.Count == 0 || structure.RecipientsHeading is not null || structure.Signature.Count > 0)
        {
            return null;
        }

        var missing = new List<string>();
        if (structure.SectionOf(SectionKind.Organisation) is null)
        {
            missing.Add("organisation section (\"TỔ CHỨC THỰC HIỆN\")");
        }

        missing.Add("recipients (\"Nơi nhận\")");
        missing.Add("signature");
        return $"the document ends at line {lines[^1].Last} without its {string.Join(", ", missing[..^1])} and {missing[^1]}; it looks truncated";
    }
}
