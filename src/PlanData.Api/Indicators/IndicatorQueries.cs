using GraphQL.Types;
using PlanData.Api.Storage;
using PlanData.Querying;

namespace PlanData.Api.Indicators;

public static class IndicatorQueries
{
    public static void AddIndicatorFields(this ObjectGraphType query) =>
        query.Connection<IndicatorsConnectionType, PlanData.Indicators.Indicator>("indicators", "Indicator", c => c.Db().Indicators, IndicatorOrders.Indicators)
            .Description("Measurable targets of every imported plan.");
}
