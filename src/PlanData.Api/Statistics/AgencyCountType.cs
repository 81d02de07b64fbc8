using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.Agencies;
using PlanData.Querying.Data;

namespace PlanData.Api.Statistics;

public sealed class AgencyCountType : ObjectGraphType<AgencyCount>
{
    public AgencyCountType()
    {
        Name = "AgencyCount";
        Description = "How many of the selected items an agency leads.";
        Field<NonNullGraphType<AgencyType>>("agency").Resolve(c => DataFields.ById<Agency>(c, c.Source.AgencyId));
        Field(c => c.Count);
    }
}
