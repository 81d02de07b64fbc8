using PlanData.Api.GraphQL;
using PlanData.Plans;

namespace PlanData.Api.Plans;

/// <summary>Default orders of plan lists; each ends in a unique key so that paging is deterministic.</summary>
public static class PlanOrders
{
    public static KeysetOrder<Plan> Plans { get; } = KeysetOrder<Plan>.By(p => p.IssuedOn).ThenBy(p => p.Key);

    public static KeysetOrder<PlanItem> Items { get; } = KeysetOrder<PlanItem>.By(i => i.PlanId).ThenBy(i => i.Number);
}
