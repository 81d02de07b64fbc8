using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.GraphQL;

namespace PlanData.Api.Documents;

public static class DocumentQueries
{
    public static void AddDocumentFields(this ObjectGraphType query)
    {
        PageRequest.PagingArguments(query.Field<DocumentsConnectionType>("documents"))
            .Description("Legal documents: the imported plans themselves and every document they cite\n(decisions, plans, submissions), e.g. 1742/QĐ-UBND, 119/KH-UBND, 1439/QĐ-UBND.")
            .ResolveAsync(async c => await Pager.PageAsync(c.Db().Documents, DocumentOrders.Documents, PageRequest.From(c), c.CancellationToken));
        query.Field<LegalDocumentType>("document")
            .Description("One document by global ID or by number as printed (\"1742/QĐ-UBND\"); the same\nleniency as `plan(number:)`.")
            .Argument<IdGraphType>("id", "The document's global ID.")
            .Argument<StringGraphType>("number", "The document's number, e.g. 1742/QĐ-UBND.")
            .ResolveAsync(async c =>
            {
                if (c.GetArgument<string?>("id") is { } id)
                {
                    return await NodeResolver.FindAsync(c.Db(), id, "id", "LegalDocument", c.CancellationToken);
                }

                return c.GetArgument<string?>("number") is { } number
                    ? await c.Db().Documents.Where(d => d.Number == DocumentNumbers.Tidy(number)).OrderByDescending(d => d.IssuedOn).FirstOrDefaultAsync(c.CancellationToken)
                    : throw new PlanDataError("MISSING_ARGUMENT", "Give `id` or `number`.");
            });
    }
}
