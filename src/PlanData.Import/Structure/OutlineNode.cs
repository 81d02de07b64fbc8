using PlanData.Import.Normalization;
using PlanData.Plans;

namespace PlanData.Import.Structure;

/// <summary>One part of the document's outline while it is built: its label, heading lines, own paragraphs and sub-parts.</summary>
public sealed class OutlineNode(PlanSectionKind kind, string label, string numeral, string segment, int rank)
{
    public PlanSectionKind Kind => kind;
    public string Numeral => numeral;
    public string Label => label;
    public string Segment => segment;
    public int Rank => rank;
    public string Heading { get; set; } = "";
    public List<SourceLine> HeadingLines { get; } = [];
    public List<SourceLine> Paragraphs { get; } = [];
    public List<OutlineNode> Children { get; } = [];

    public IEnumerable<SourceLine> AllLines() => HeadingLines.Concat(Paragraphs).Concat(Children.SelectMany(c => c.AllLines()));
}
