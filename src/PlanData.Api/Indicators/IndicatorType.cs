using GraphQL;
using GraphQL.Types;
using PlanData.Api.GraphQL;
using PlanData.Api.Plans;
using PlanData.Indicators;

namespace PlanData.Api.Indicators;

public sealed class IndicatorType : NodeType<Indicator>
{
    public IndicatorType()
        : base("Indicator", i => i.Key)
    {
        Description = "A measurable target stated in a plan.";
        Field(i => i.Code).Description("Stable code within its plan, e.g. fiber-households.");
        Field(i => i.Name);
        Field(i => i.Population, nullable: true).Description("What is counted: 'hộ gia đình', 'thôn/bản', 'người dân'.");
        Field<NonNullGraphType<TargetComparatorType>>("comparator").Resolve(c => c.Source.Comparator);
        Field(i => i.TargetValue);
        Field(i => i.OutOf, nullable: true).Description("For a count against a total ('30/34 chỉ tiêu'): the total; null for shares.");
        Field(i => i.Unit).Description("'%' for shares.");
        Field(i => i.Year, nullable: true);
        Field<NonNullGraphType<PlanType>>("plan").ResolveAsync(async c => await c.Db().Plans.FindAsync([c.Source.PlanId], c.CancellationToken));
        Field<PlanItemType>("planItem").Description("The item that states the target; null for a plan-level target.")
            .ResolveAsync(async c => c.Source.PlanItemId is { } id ? await c.Db().PlanItems.FindAsync([id], c.CancellationToken) : null);
        Field(i => i.SourceText).Description("The phrase it was read from, e.g. 'Đạt tối thiểu 70% hộ gia đình có cáp quang'.");
    }
}
