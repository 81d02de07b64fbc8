using PlanData.Agencies;
using PlanData.Api.GraphQL;

namespace PlanData.Api.Jurisdictions;

public static class JurisdictionOrders
{
    public static KeysetOrder<Jurisdiction> Jurisdictions { get; } = KeysetOrder<Jurisdiction>.By(j => j.Code);
}
