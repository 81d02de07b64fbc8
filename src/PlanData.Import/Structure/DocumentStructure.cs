using PlanData.Import.Normalization;

namespace PlanData.Import.Structure;

/// <summary>Stage 2: a document cut into its administrative parts, each still as lines.</summary>
public sealed record DocumentStructure(
    IReadOnlyList<SourceLine> Header,
    SourceLine? NumberLine,
    SourceLine? DateLine,
    SourceLine? TypeLine,
    IReadOnlyList<SourceLine> Title,
    IReadOnlyList<SourceLine> Preamble,
    IReadOnlyList<Section> Sections,
    SourceLine? RecipientsHeading,
    IReadOnlyList<SourceLine> Recipients,
    IReadOnlyList<SourceLine> Signature)
{
    public Section? SectionOf(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}
