using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.GraphQL;
using PlanData.Documents;

namespace PlanData.Api.Documents;

public static class DocumentQueries
{
    public static void AddDocumentFields(this ObjectGraphType query)
    {
        query.Connection<DocumentsConnectionType, LegalDocument>("documents", "LegalDocument", c => c.Db().Documents, DocumentOrders.Documents)
            .Description("Legal documents: the imported plans themselves and every document they cite\n(decisions, plans, submissions), e.g. 1742/QĐ-UBND, 119/KH-UBND, 1439/QĐ-UBND.");
        query.AddLookup<LegalDocumentType>("document", "LegalDocument", "number", "The document's number, e.g. 1742/QĐ-UBND.", async (db, number, ct) =>
                await db.Documents.Where(d => d.NumberKey == DocumentNumbers.LookupKey(number)).OrderByDescending(d => d.IssuedOn).FirstOrDefaultAsync(ct))
            .Description("One document by global ID or by number as printed (\"1742/QĐ-UBND\"); the same\nleniency as `plan(number:)`.");
    }
}
