using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.Agencies;
using PlanData.Plans;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

public sealed class ReportingDeadlineType : ObjectGraphType<ReportingDeadline>
{
    public ReportingDeadlineType()
    {
        Name = "ReportingDeadline";
        Description = "A dated reporting duty stated in a plan.";
        this.Reference<ReportingDeadline, AgencyType, Agency>("reporter", d => d.Reporter, d => d.ReporterId, "Who reports.", nullable: false);
        this.Reference<ReportingDeadline, AgencyType, Agency>("reportTo", d => d.ReportTo, d => d.ReportToId, "To whom, when stated.");
        this.Scalar("dueBy", d => d.DueBy);
        this.Scalar("description", d => d.Description);
    }
}
