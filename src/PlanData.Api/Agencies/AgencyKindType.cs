using GraphQL.Types;
using PlanData.Agencies;

namespace PlanData.Api.Agencies;

public sealed class AgencyKindType : EnumerationGraphType<AgencyKind>
{
    public AgencyKindType()
    {
        Name = "AgencyKind";
        Description = "What sort of body an agency is.";
    }
}
