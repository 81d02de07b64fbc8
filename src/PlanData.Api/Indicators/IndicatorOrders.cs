using PlanData.Api.GraphQL;
using PlanData.Indicators;

namespace PlanData.Api.Indicators;

public static class IndicatorOrders
{
    public static KeysetOrder<Indicator> Indicators { get; } = KeysetOrder<Indicator>.By(i => i.PlanId).ThenBy(i => i.Position);
}
