using GraphQL.Types;
using PlanData.Api.GraphQL;
using PlanData.Api.GraphQL.Data;
using PlanData.Api.Plans;
using PlanData.Indicators;
using PlanData.Plans;

namespace PlanData.Api.Indicators;

public sealed class IndicatorType : NodeObjectType<Indicator>
{
    public IndicatorType()
        : base("Indicator", "A measurable target stated in a plan.", i => i.Key)
    {
        this.Scalar("code", i => i.Code, "Stable code within its plan, derived from the target's wording, e.g. ho-gia-dinh-co-cap-quang.");
        this.Scalar("name", i => i.Name);
        this.Scalar("population", i => i.Population, "What is counted: 'hộ gia đình', 'thôn/bản', 'người dân'.", nullable: true);
        this.Scalar("comparator", i => i.Comparator);
        this.Scalar("targetValue", i => i.TargetValue);
        this.Scalar("unit", i => i.Unit, "'%' for shares.");
        this.Scalar("outOf", i => i.OutOf, "For a count against a total ('30/34 chỉ tiêu'): the total; null for shares.", nullable: true);
        this.Scalar("year", i => i.Year, nullable: true);
        this.Reference<Indicator, PlanType, Plan>("plan", i => i.Plan, i => i.PlanId, nullable: false);
        this.Reference<Indicator, PlanItemType, PlanItem>("planItem", i => i.PlanItem, i => i.PlanItemId, "The item that states the target; null for a plan-level target.");
        this.Scalar("sourceText", i => i.SourceText, "The phrase it was read from, e.g. 'Đạt tối thiểu 70% hộ gia đình có cáp quang'.");
    }
}
