using GraphQL;
using GraphQL.Types;
using PlanData.Api.Agencies;
using PlanData.Api.GraphQL;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public sealed class ReportingDeadlineType : ObjectGraphType<ReportingDeadline>
{
    public ReportingDeadlineType()
    {
        Name = "ReportingDeadline";
        Description = "A dated reporting duty stated in a plan.";
        Field<NonNullGraphType<AgencyType>>("reporter").Description("Who reports.")
            .ResolveAsync(async c => await c.Db().Agencies.FindAsync([c.Source.ReporterId], c.CancellationToken));
        Field<AgencyType>("reportTo").Description("To whom, when stated.")
            .ResolveAsync(async c => c.Source.ReportToId is { } id ? await c.Db().Agencies.FindAsync([id], c.CancellationToken) : null);
        Field<NonNullGraphType<DateScalar>>("dueBy").Resolve(c => c.Source.DueBy);
        Field(d => d.Description);
    }
}
