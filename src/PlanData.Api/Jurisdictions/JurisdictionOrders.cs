using PlanData.Agencies;
using PlanData.Querying;

namespace PlanData.Api.Jurisdictions;

public static class JurisdictionOrders
{
    public static KeysetOrder<Jurisdiction> Jurisdictions { get; } = KeysetOrder<Jurisdiction>.By(j => j.Code);
}
