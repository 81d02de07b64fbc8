using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.Agencies;
using PlanData.Plans;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

public sealed class ResponsibilityType : ObjectGraphType<Responsibility>
{
    public ResponsibilityType()
    {
        Name = "Responsibility";
        Description = "An agency's duties under section III (Tổ chức thực hiện).";
        this.Reference<Responsibility, AgencyType, Agency>("agency", r => r.Agency, r => r.AgencyId, nullable: false);
        this.StringList("duties", r => r.Duties, "Each duty as a sentence.");
    }
}
