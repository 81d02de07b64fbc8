using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.Agencies;
using PlanData.Api.GraphQL;
using PlanData.Api.Plans;
using PlanData.Documents;

namespace PlanData.Api.Documents;

public sealed class LegalDocumentType : NodeType<LegalDocument>
{
    public LegalDocumentType()
        : base("LegalDocument", d => d.Key)
    {
        Description = "A numbered document: an imported plan, or a document that an imported plan cites.";
        Field(d => d.Number).Description("As printed (normalised), e.g. 1742/QĐ-UBND.");
        Field(d => d.Serial, nullable: true).Description("The numeric part, e.g. 1742.");
        Field(d => d.Symbol).Description("The symbol part, e.g. QĐ-UBND.");
        Field<NonNullGraphType<DocumentKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(d => d.KindCode).Description("The abbreviation of the kind, e.g. QĐ, KH, TTr.");
        Field<AgencyType>("issuer").ResolveAsync(async c => c.Source.IssuerId is { } id ? await c.Db().Agencies.FindAsync([id], c.CancellationToken) : null);
        Field<DateScalar>("issuedOn").Resolve(c => c.Source.IssuedOn);
        Field(d => d.Summary, nullable: true).Description("Trích yếu: what the document is about, as cited.");
        Field<PlanType>("plan")
            .Description("Present when the document is a plan whose content was imported.")
            .ResolveAsync(async c => await c.Db().Plans.FirstOrDefaultAsync(p => p.DocumentId == c.Source.Id, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentReferenceType>>>>("referencedBy")
            .Description("Citations of this document by imported documents.")
            .ResolveAsync(async c => await c.Db().References.Where(r => r.ToDocumentId == c.Source.Id).OrderBy(r => r.FromDocumentId).ThenBy(r => r.Position).ToListAsync(c.CancellationToken));
    }
}
