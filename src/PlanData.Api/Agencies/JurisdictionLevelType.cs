using GraphQL.Types;
using PlanData.Agencies;

namespace PlanData.Api.Agencies;

public sealed class JurisdictionLevelType : EnumerationGraphType<JurisdictionLevel>
{
    public JurisdictionLevelType()
    {
        Name = "JurisdictionLevel";
        Description = "The tier of government an area belongs to.";
    }
}
