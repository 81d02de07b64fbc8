using GraphQL.Types;
using PlanData.Api.Storage;
using PlanData.Documents;
using PlanData.Querying;

namespace PlanData.Api.Documents;

public static class DocumentQueries
{
    private static readonly Numbered<LegalDocument> _numbered = new("LegalDocument", d => d.Key, d => d.NumberKey, d => d.Number, d => d.JurisdictionCode, d => d.Year, d => d.IssuedOn, d => d.Summary);

    public static void AddDocumentFields(this ObjectGraphType query)
    {
        query.Connection<DocumentsConnectionType, LegalDocument>("documents", "LegalDocument", c => c.Db().Documents, DocumentOrders.Documents)
            .Description("Legal documents: the imported plans themselves and every document they cite\n(decisions, plans, submissions), e.g. 1742/QĐ-UBND, 119/KH-UBND, 1439/QĐ-UBND.");
        query.AddNumberLookup<LegalDocumentType, LegalDocument>("document", "documents", "The document's number, e.g. 1742/QĐ-UBND.", _numbered, db => db.Documents)
            .Description("One document by global ID or by number as printed (\"1742/QĐ-UBND\"); the same\nleniency, arguments and AMBIGUOUS_NUMBER error as `plan(number:)` (a candidate's title is the document's summary).");
    }
}
