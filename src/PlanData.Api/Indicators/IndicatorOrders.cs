using PlanData.Indicators;
using PlanData.Querying;

namespace PlanData.Api.Indicators;

public static class IndicatorOrders
{
    public static KeysetOrder<Indicator> Indicators { get; } = KeysetOrder<Indicator>.By(i => i.PlanId).ThenBy(i => i.Position);
}
