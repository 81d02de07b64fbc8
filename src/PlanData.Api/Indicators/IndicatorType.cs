using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.Agencies;
using PlanData.Api.Plans;
using PlanData.Indicators;
using PlanData.Plans;
using PlanData.Querying;
using PlanData.Querying.Data;

namespace PlanData.Api.Indicators;

public sealed class IndicatorType : NodeObjectType<Indicator>
{
    public IndicatorType()
        : base("Indicator", "A measurable target stated in a plan.", i => i.Key)
    {
        this.Scalar("code", i => i.Code, "Stable code within its plan: for a target of a sentence, from its wording (ho-gia-dinh-co-cap-quang); for a row of an indicator table, from the appendix and row number (phu-luc-i-11-1), with the scope when a row states two targets (phu-luc-i-4-the-gioi).");
        this.Scalar("name", i => i.Name);
        this.Scalar("population", i => i.Population, "What is counted: 'hộ gia đình', 'thôn/bản', 'người dân'.", nullable: true);
        this.Scalar("comparator", i => i.Comparator);
        this.Scalar("targetValue", i => i.TargetValue, "The value, or for a range the lower end.");
        this.Scalar("upperValue", i => i.UpperValue, "For a range ('40 - 50', '20% - 50%'): its upper end, with targetValue the lower end and comparator AT_LEAST; null otherwise.", nullable: true);
        this.Scalar("scope", i => i.Scope, "Where a ranking or comparison holds, when the result names it: 'Đông Nam Á' and 'Thế giới' for '≤ 3 Đông Nam Á; ≤ 50 Thế giới' (one indicator each).", nullable: true);
        this.Scalar("unit", i => i.Unit, "'%' for shares; for a row of an indicator table, its unit cell ('% GDP', 'Thứ bậc').");
        this.Scalar("outOf", i => i.OutOf, "For a count against a total ('30/34 chỉ tiêu'): the total; null for shares.", nullable: true);
        this.Scalar("year", i => i.Year, nullable: true);
        this.Reference<Indicator, PlanType, Plan>("plan", i => i.Plan, i => i.PlanId, nullable: false);
        this.Reference<Indicator, PlanItemType, PlanItem>("planItem", i => i.PlanItem, i => i.PlanItemId, "The item that states the target; null for a plan-level target.");
        this.Scalar("sourceText", i => i.SourceText, "The phrase it was read from, e.g. 'Đạt tối thiểu 70% hộ gia đình có cáp quang', or the table row with its cells joined by ' | '.");
        this.Scalar("targetText", i => i.TargetText, "For a row of an indicator table: its result cell as printed, e.g. '≥ 3% và tăng dần theo yêu cầu phát triển'; null for a target of a sentence.", nullable: true);
        this.Linked<Indicator, AgencyType, IndicatorMonitor, Agency>("monitoredBy", i => i.Monitors, i => i.Id, m => m.IndicatorId, m => m.Agency, KeysetOrder<IndicatorMonitor>.By(m => m.Position),
            "The agencies an indicator table names to monitor and evaluate it ('Cơ quan chủ trì theo dõi, đánh giá'), in the order printed.");
    }
}
