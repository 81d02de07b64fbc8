using PlanData.Plans;
using PlanData.Querying;

namespace PlanData.Api.Plans;

/// <summary>Default orders of plan lists; each ends in a unique key so that paging is deterministic.</summary>
public static class PlanOrders
{
    /// <summary>
    /// By date of issue, undated plans first (as ASC sorts nulls): the null flag comes first because SQL
    /// compares nothing with NULL, so a cursor on an undated plan would otherwise find no row after it.
    /// </summary>
    public static KeysetOrder<Plan> Plans { get; } = KeysetOrder<Plan>.By(p => p.IssuedOn == null ? 0 : 1).ThenBy(p => p.IssuedOn).ThenBy(p => p.Key);

    public static KeysetOrder<PlanItem> Items { get; } = KeysetOrder<PlanItem>.By(i => i.PlanId).ThenBy(i => i.Number);
}
