using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.GraphQL;
using PlanData.Api.Indicators;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public sealed class PlanTaskType : ObjectGraphType<PlanTask>
{
    public PlanTaskType()
    {
        Name = "PlanTask";
        Description = "A sub-task or target listed under a plan item.";
        Field(t => t.Number).Description("Position under the item, 1-based.");
        Field(t => t.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators")
            .Description("Measurable targets stated in this task.")
            .ResolveAsync(async c => await c.Db().Indicators.Where(i => i.PlanTaskId == c.Source.Id).OrderBy(i => i.Position).ToListAsync(c.CancellationToken));
    }
}
