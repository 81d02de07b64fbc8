using PlanData.Documents;
using PlanData.Querying;

namespace PlanData.Api.Documents;

public static class DocumentOrders
{
    public static KeysetOrder<LegalDocument> Documents { get; } = KeysetOrder<LegalDocument>.By(d => d.Key);
}
