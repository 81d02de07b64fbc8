using PlanData.Agencies;
using PlanData.Api.GraphQL;
using PlanData.Plans;

namespace PlanData.Api.Agencies;

public static class AgencyOrders
{
    public static KeysetOrder<Agency> Agencies { get; } = KeysetOrder<Agency>.By(a => a.Code);

    public static KeysetOrder<Assignment> Assignments { get; } = KeysetOrder<Assignment>.By(a => a.Item!.PlanId).ThenBy(a => a.Item!.Number).ThenBy(a => a.Position);
}
