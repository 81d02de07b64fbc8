using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.Agencies;
using PlanData.Api.Documents;
using PlanData.Api.Indicators;
using PlanData.Api.Jurisdictions;
using PlanData.Documents;
using PlanData.Plans;
using PlanData.Querying;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

public sealed class PlanType : NodeObjectType<Plan>
{
    public PlanType()
        : base("Plan", "A plan (Kế hoạch) imported with its full content.", p => p.Key)
    {
        this.Scalar("number", p => p.Number, "Document number as printed, e.g. 04/KH-BCĐ.");
        this.Scalar("title", p => p.Title, "Title without the word KẾ HOẠCH, e.g. Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022.");
        this.Scalar("year", p => p.Year, "The year of issue; null when the document as published prints no date (a portal copy without its header) and nothing else gives one.", nullable: true);
        this.Scalar("issuedOn", p => p.IssuedOn, "The date of issue; null when the document as published prints none.", nullable: true);
        this.Scalar("issuedAt", p => p.IssuedAt, "Place in the date line, e.g. Quảng Ngãi.");
        this.Reference<Plan, JurisdictionType, Jurisdiction, string>("jurisdiction", p => p.Jurisdiction, p => p.JurisdictionCode, "Code", nullable: false);
        this.Reference<Plan, AgencyType, Agency>("issuer", p => p.Issuer, p => p.IssuerId, nullable: false);
        this.Owned<Plan, SignatureType, Signature>("signer", p => p.Signature);
        this.StringList("purposes", p => p.Purposes, "Section I (MỤC ĐÍCH, YÊU CẦU or MỤC TIÊU), one entry a numbered paragraph or bullet.");
        this.Children<Plan, IndicatorType, PlanData.Indicators.Indicator>("indicators", p => p.Indicators, p => p.Id, i => i.PlanId, KeysetOrder<PlanData.Indicators.Indicator>.By(i => i.Position),
            "Every measurable target in the plan: plan-level ones (in its objectives) and item-level ones.");
        this.NestedConnection<Plan, PlanItemsConnectionType, PlanItem>("items", "PlanItem", p => p.Items, p => p.Id, PlanOrders.Items, AsOf.Argument);
        this.Children<Plan, ResponsibilityType, Responsibility>("responsibilities", p => p.Responsibilities, p => p.Id, r => r.PlanId, KeysetOrder<Responsibility>.By(r => r.Position),
            "Section III (TỔ CHỨC THỰC HIỆN): who is responsible for what.");
        this.Children<Plan, ReportingDeadlineType, ReportingDeadline>("reportingDeadlines", p => p.ReportingDeadlines, p => p.Id, d => d.PlanId, KeysetOrder<ReportingDeadline>.By(d => d.Position),
            "Dated reporting duties stated anywhere in the plan (e.g. reports due before 15/12/2022).");
        this.Children<Plan, RecipientType, Recipient>("recipients", p => p.Recipients, p => p.Id, r => r.PlanId, KeysetOrder<Recipient>.By(r => r.Position),
            "The distribution list (Nơi nhận).");
        this.Children<Plan, PlanSectionType, PlanSection>("sections", p => p.Sections, p => p.Id, s => s.PlanId, KeysetOrder<PlanSection>.By(s => s.Position),
            "The document's text as its numbered parts, in reading order: preamble, Phần / I. / 1. / 1.1. / a), a decision's attached plan, appendices. Each has `path` and `parentPath` to rebuild the tree; recipients and signature are their own fields.");
        this.Children<Plan, FootnoteType, Footnote>("footnotes", p => p.Footnotes, p => p.Id, f => f.PlanId, KeysetOrder<Footnote>.By(f => f.Position),
            "Footnote markers in the text ('[1]'), in order, with the note when the copy carries it.");
        this.Children<Plan, AppendixReferenceType, AppendixReference>("appendixReferences", p => p.AppendixReferences, p => p.Id, a => a.PlanId, KeysetOrder<AppendixReference>.By(a => a.Position),
            "Sentences that point to an appendix ('Chi tiết tại Phụ lục I đính kèm'), linked to the appendix's section when the copy carries it.");
        this.Children<Plan, DocumentReferenceType, DocumentReference>("references", p => p.Document!.Citations, p => p.DocumentId, r => r.FromDocumentId, KeysetOrder<DocumentReference>.By(r => r.Position),
            "Documents this plan cites: its legal basis (Căn cứ), the plan it implements, and others.");
        this.Reference<Plan, LegalDocumentType, LegalDocument>("document", p => p.Document, p => p.DocumentId, "This plan's own entry among documents.", nullable: false);
        this.Owned<Plan, SourceDocumentType, SourceDocument>("source", p => p.Source, nullable: false);
        this.Scalar("isComplete", p => p.IsComplete, "Whether the whole document was read: false for an opening (a truncated copy) imported with what it holds (see `missing`).");
        this.StringList("missing", p => p.Missing, "What an incomplete copy lacks, e.g. 'content section (items)', 'signature'; empty when `isComplete`.");
    }
}
