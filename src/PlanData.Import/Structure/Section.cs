using PlanData.Import.Normalization;

namespace PlanData.Import.Structure;

/// <summary>A top-level section (I./II./III. or Phần I) with its heading lines and body.</summary>
public sealed record Section(string Numeral, string Title, SectionKind Kind, IReadOnlyList<SourceLine> Heading, IReadOnlyList<SourceLine> Body);
