using GraphQL.Types;
using PlanData.Plans;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

public sealed class AppendixReferenceType : ObjectGraphType<AppendixReference>
{
    public AppendixReferenceType()
    {
        Name = "AppendixReference";
        Description = "A sentence of a plan that points to an appendix, e.g. '(Chi tiết tại Phụ lục I đính kèm)'.";
        this.Scalar("appendix", a => a.Appendix, "The appendix named, normalised: 'Phụ lục I', 'Phụ lục 2' ('Phụ lục 02' as printed), 'Phụ lục' when unnumbered.");
        this.Scalar("sectionPath", a => a.SectionPath, "The `PlanSection.path` of the part the reference stands in; null in the title.", nullable: true);
        this.Scalar("line", a => a.Line, "Source line of the reference.");
        this.Scalar("context", a => a.Context, "The sentence that holds the reference.");
        this.Scalar("appendixPath", a => a.AppendixPath, "The `PlanSection.path` of the appendix; null when the copy does not carry it (an opening, a page without its attachments).", nullable: true);
    }
}
