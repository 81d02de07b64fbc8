using GraphQL.Types;
using PlanData.Plans;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

public sealed class FootnoteType : ObjectGraphType<Footnote>
{
    public FootnoteType()
    {
        Name = "Footnote";
        Description = "A footnote marker in a plan's text ('... ngày 27/12/2025[1]') and, when the copy holds it, the note it points to.";
        this.Scalar("marker", f => f.Marker, "The mark without its brackets, e.g. '1'.");
        this.Scalar("sectionPath", f => f.SectionPath, "The `PlanSection.path` of the part the marker stands in; null in the title.", nullable: true);
        this.Scalar("line", f => f.Line, "Source line of the marker.");
        this.Scalar("context", f => f.Context, "The words the marker follows, back to the clause before them.");
        this.Scalar("text", f => f.Text, "The note; null when the copy does not carry it (a web page that dropped its footnotes).", nullable: true);
        this.Scalar("textLine", f => f.TextLine, "Source line of the note.", nullable: true);
    }
}
