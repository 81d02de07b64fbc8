using GraphQL.Types;
using PlanData.Api.Indicators;
using PlanData.Indicators;
using PlanData.Plans;
using PlanData.Querying;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

public sealed class PlanTaskType : ObjectGraphType<PlanTask>
{
    public PlanTaskType()
    {
        Name = "PlanTask";
        Description = "A sub-task or target listed under a plan item.";
        this.Scalar("number", t => t.Number, "Position under the item, 1-based.");
        this.Scalar("text", t => t.Text);
        this.Children<PlanTask, IndicatorType, Indicator>("indicators", t => t.Indicators, t => t.Id, i => i.PlanTaskId ?? 0, KeysetOrder<Indicator>.By(i => i.Position),
            "Measurable targets stated in this task.");
    }
}
