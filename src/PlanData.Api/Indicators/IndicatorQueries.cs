using GraphQL.Types;
using PlanData.Api.GraphQL;

namespace PlanData.Api.Indicators;

public static class IndicatorQueries
{
    public static void AddIndicatorFields(this ObjectGraphType query) =>
        PageRequest.PagingArguments(query.Field<IndicatorsConnectionType>("indicators"))
            .Description("Measurable targets of every imported plan.")
            .ResolveAsync(async c => await Pager.PageAsync(c.Db().Indicators, IndicatorOrders.Indicators, PageRequest.From(c), c.CancellationToken));
}
