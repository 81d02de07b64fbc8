using GraphQL.Types;
using PlanData.Plans;
using PlanData.Querying;

namespace PlanData.Api.Plans;

public sealed class AssignmentRoleType : EnumerationGraphType<AssignmentRole>
{
    public AssignmentRoleType()
    {
        Name = "AssignmentRole";
        Description = "The part an agency plays in a plan item, from its label.";
        this.Describe(
            ("LEAD", "Cơ quan chủ trì."),
            ("ADVISORY", "Cơ quan tham mưu / chủ trì tham mưu."),
            ("COORDINATING", "Cơ quan phối hợp."),
            ("PARTICIPANT", "Thành phần: attends."));
    }
}
