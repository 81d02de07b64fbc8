using GraphQL.Types;
using PlanData.Api.Plans;
using PlanData.Documents;
using PlanData.Plans;
using PlanData.Querying.Data;

namespace PlanData.Api.Documents;

public sealed class DocumentReferenceType : ObjectGraphType<DocumentReference>
{
    public DocumentReferenceType()
    {
        Name = "DocumentReference";
        Description = "One citation of a document by an imported document.";
        this.Reference<DocumentReference, LegalDocumentType, LegalDocument>("from", r => r.From, r => r.FromDocumentId, "The citing document.", nullable: false);
        this.Reference<DocumentReference, LegalDocumentType, LegalDocument>("to", r => r.To, r => r.ToDocumentId, "The cited document.", nullable: false);
        this.Scalar("relation", r => r.Relation);
        this.Reference<DocumentReference, PlanItemType, PlanItem>("planItem", r => r.PlanItem, r => r.PlanItemId, "Set when the citation stands inside a plan item.");
        this.Scalar("context", r => r.Context, "The sentence or clause that holds the citation.");
    }
}
