using PlanData.Import.Headers;
using PlanData.Import.Normalization;

namespace PlanData.Import.Structure;

/// <summary>Stage 2: a document cut into its administrative parts: the header (with the title), then the body's parts, each still as lines.</summary>
public sealed record DocumentStructure(
    DocumentHeader Head,
    IReadOnlyList<SourceLine> Preamble,
    IReadOnlyList<Section> Sections,
    SourceLine? RecipientsHeading,
    IReadOnlyList<SourceLine> Recipients,
    IReadOnlyList<SourceLine> Signature)
{
    public IReadOnlyList<SourceLine> Title => Head.Title;

    /// <summary>What a decision or resolution carries after its signature (the plan or programme it issues, appendices); read for citations only so far.</summary>
    public IReadOnlyList<SourceLine> Attachment { get; init; } = [];

    public Section? SectionOf(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}
