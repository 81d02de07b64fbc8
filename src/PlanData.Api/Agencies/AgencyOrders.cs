using PlanData.Agencies;
using PlanData.Plans;
using PlanData.Querying;

namespace PlanData.Api.Agencies;

public static class AgencyOrders
{
    public static KeysetOrder<Agency> Agencies { get; } = KeysetOrder<Agency>.By(a => a.Code);

    public static KeysetOrder<Assignment> Assignments { get; } = KeysetOrder<Assignment>.By(a => a.Item!.PlanId).ThenBy(a => a.Item!.Number).ThenBy(a => a.Position);
}
