using PlanData.Api.GraphQL;
using PlanData.Documents;

namespace PlanData.Api.Documents;

public static class DocumentOrders
{
    public static KeysetOrder<LegalDocument> Documents { get; } = KeysetOrder<LegalDocument>.By(d => d.Key);
}
