using GraphQL;
using GraphQL.Types;
using PlanData.Api.GraphQL;
using PlanData.Api.Plans;
using PlanData.Documents;

namespace PlanData.Api.Documents;

public sealed class DocumentReferenceType : ObjectGraphType<DocumentReference>
{
    public DocumentReferenceType()
    {
        Name = "DocumentReference";
        Description = "One citation of a document by an imported document.";
        Field<NonNullGraphType<LegalDocumentType>>("from").Description("The citing document.")
            .ResolveAsync(async c => await c.Db().Documents.FindAsync([c.Source.FromDocumentId], c.CancellationToken));
        Field<NonNullGraphType<LegalDocumentType>>("to").Description("The cited document.")
            .ResolveAsync(async c => await c.Db().Documents.FindAsync([c.Source.ToDocumentId], c.CancellationToken));
        Field<NonNullGraphType<ReferenceRelationType>>("relation").Resolve(c => c.Source.Relation);
        Field<PlanItemType>("planItem").Description("Set when the citation stands inside a plan item.")
            .ResolveAsync(async c => c.Source.PlanItemId is { } id ? await c.Db().PlanItems.FindAsync([id], c.CancellationToken) : null);
        Field(r => r.Context).Description("The sentence or clause that holds the citation.");
    }
}
