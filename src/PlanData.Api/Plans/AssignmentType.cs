using GraphQL;
using GraphQL.Types;
using PlanData.Api.Agencies;
using PlanData.Api.GraphQL;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public sealed class AssignmentType : ObjectGraphType<Assignment>
{
    public AssignmentType()
    {
        Name = "Assignment";
        Description = "An agency named in a plan item, in the role its label gives.";
        Field<NonNullGraphType<AgencyType>>("agency").ResolveAsync(async c => await c.Db().Agencies.FindAsync([c.Source.AgencyId], c.CancellationToken));
        Field<NonNullGraphType<AssignmentRoleType>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<PlanItemType>>("item").ResolveAsync(async c => await c.Db().PlanItems.FindAsync([c.Source.PlanItemId], c.CancellationToken));
        Field(a => a.Label).Description("The role label exactly as printed, e.g. 'Cơ quan chủ trì', 'Chủ trì tham mưu'.");
    }
}
