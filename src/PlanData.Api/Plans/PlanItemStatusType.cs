using GraphQL.Types;
using PlanData.Plans;
using PlanData.Querying;

namespace PlanData.Api.Plans;

public sealed class PlanItemStatusType : EnumerationGraphType<PlanItemStatus>
{
    public PlanItemStatusType()
    {
        Name = "PlanItemStatus";
        Description = "Where an item stands on a given date.";
        this.Describe(
            ("COMPLETED", "The plan records it as done."),
            ("NOT_STARTED", "asOf is before the schedule window."),
            ("IN_PROGRESS", "asOf is inside the schedule window."),
            ("PAST_DUE", "The window has ended and no completion is recorded."),
            ("ONGOING", "A recurring duty."),
            ("UNSCHEDULED", "No dates to compare with (EXTERNAL)."));
    }
}
