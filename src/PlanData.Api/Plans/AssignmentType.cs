using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.Agencies;
using PlanData.Plans;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

public sealed class AssignmentType : ObjectGraphType<Assignment>
{
    public AssignmentType()
    {
        Name = "Assignment";
        Description = "An agency named in a plan item, in the role its label gives.";
        this.Reference<Assignment, AgencyType, Agency>("agency", a => a.Agency, a => a.AgencyId, nullable: false);
        this.Scalar("role", a => a.Role);
        this.Reference<Assignment, PlanItemType, PlanItem>("item", a => a.Item, a => a.PlanItemId, nullable: false);
        this.Scalar("label", a => a.Label, "The role label exactly as printed, e.g. 'Cơ quan chủ trì', 'Chủ trì tham mưu'.");
    }
}
