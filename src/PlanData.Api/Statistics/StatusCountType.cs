using GraphQL.Types;
using PlanData.Api.Plans;

namespace PlanData.Api.Statistics;

public sealed class StatusCountType : ObjectGraphType<StatusCount>
{
    public StatusCountType()
    {
        Name = "StatusCount";
        Description = "How many of the selected items have a status.";
        Field<NonNullGraphType<PlanItemStatusType>>("status").Resolve(c => c.Source.Status);
        Field(c => c.Count);
    }
}
