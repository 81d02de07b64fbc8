using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.Agencies;
using PlanData.Api.Jurisdictions;
using PlanData.Api.Plans;
using PlanData.Documents;
using PlanData.Plans;
using PlanData.Querying;
using PlanData.Querying.Data;

namespace PlanData.Api.Documents;

public sealed class LegalDocumentType : NodeObjectType<LegalDocument>
{
    public LegalDocumentType()
        : base("LegalDocument", "A numbered document: an imported plan, or a document that an imported plan cites.", d => d.Key)
    {
        this.Scalar("number", d => d.Number, "As printed (normalised), e.g. 1742/QĐ-UBND.");
        this.Scalar("serial", d => d.Serial, "The numeric part, e.g. 1742.", nullable: true);
        this.Scalar("symbol", d => d.Symbol, "The symbol part, e.g. QĐ-UBND.");
        this.Scalar("kind", d => d.Kind);
        this.Scalar("kindCode", d => d.KindCode, "The abbreviation of the kind, e.g. QĐ, KH, TTr.");
        this.Reference<LegalDocument, AgencyType, Agency>("issuer", d => d.Issuer, d => d.IssuerId);
        this.Reference<LegalDocument, JurisdictionType, Jurisdiction, string>("jurisdiction", d => d.Jurisdiction, d => d.JurisdictionCode, "Code",
            "The unit the document belongs to: an imported plan's own; for a cited document, its issuer's (viet-nam for the Government, ministries and national committees) or, when the issuer is not known, the citing plan's.", nullable: false);
        this.Scalar("issuedOn", d => d.IssuedOn, nullable: true);
        this.Scalar("summary", d => d.Summary, "Trích yếu: what the document is about, as cited.", nullable: true);
        this.Reference<LegalDocument, PlanType, Plan, int>("plan", d => d.Plan, d => d.Id, "DocumentId", "Present when the document is a plan whose content was imported.");
        this.Children<LegalDocument, DocumentReferenceType, DocumentReference>("referencedBy", d => d.CitedBy, d => d.Id, r => r.ToDocumentId, KeysetOrder<DocumentReference>.By(r => r.FromDocumentId).ThenBy(r => r.Position),
            "Citations of this document by imported documents.");
    }
}
