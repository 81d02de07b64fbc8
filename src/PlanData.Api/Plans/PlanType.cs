using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.Agencies;
using PlanData.Api.Documents;
using PlanData.Api.GraphQL;
using PlanData.Api.Indicators;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public sealed class PlanType : NodeType<Plan>
{
    public PlanType()
        : base("Plan", p => p.Key)
    {
        Description = "A plan (Kế hoạch) imported with its full content.";
        Field(p => p.Number).Description("Document number as printed, e.g. 04/KH-BCĐ.");
        Field(p => p.Title).Description("Title without the word KẾ HOẠCH, e.g. Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022.");
        Field(p => p.Year);
        Field<NonNullGraphType<DateScalar>>("issuedOn").Resolve(c => c.Source.IssuedOn);
        Field(p => p.IssuedAt).Description("Place in the date line, e.g. Quảng Ngãi.");
        Field<NonNullGraphType<JurisdictionType>>("jurisdiction").ResolveAsync(async c => await c.Db().Jurisdictions.FindAsync([c.Source.JurisdictionCode], c.CancellationToken));
        Field<NonNullGraphType<AgencyType>>("issuer").ResolveAsync(async c => await c.Db().Agencies.FindAsync([c.Source.IssuerId], c.CancellationToken));
        Field<SignatureType>("signer").Resolve(c => c.Source.Signature);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("purposes")
            .Description("Section I (MỤC ĐÍCH, YÊU CẦU or MỤC TIÊU), one entry a numbered paragraph or bullet.")
            .Resolve(c => c.Source.Purposes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators")
            .Description("Every measurable target in the plan: plan-level ones (in its objectives) and item-level ones.")
            .ResolveAsync(async c => await c.Db().Indicators.Where(i => i.PlanId == c.Source.Id).OrderBy(i => i.Position).ToListAsync(c.CancellationToken));
        PageRequest.PagingArguments(Field<PlanItemsConnectionType>("items"))
            .Argument<DateScalar>("asOf", "The date statuses are computed against (default: today in Asia/Ho_Chi_Minh).")
            .ResolveAsync(async c => await Pager.PageAsync(c.Db().PlanItems.Where(i => i.PlanId == c.Source.Id), PlanOrders.Items, PageRequest.From(c), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResponsibilityType>>>>("responsibilities")
            .Description("Section III (TỔ CHỨC THỰC HIỆN): who is responsible for what.")
            .ResolveAsync(async c => await c.Db().Responsibilities.Where(r => r.PlanId == c.Source.Id).OrderBy(r => r.Position).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportingDeadlineType>>>>("reportingDeadlines")
            .Description("Dated reporting duties stated anywhere in the plan (e.g. reports due before 15/12/2022).")
            .ResolveAsync(async c => await c.Db().ReportingDeadlines.Where(d => d.PlanId == c.Source.Id).OrderBy(d => d.Position).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecipientType>>>>("recipients")
            .Description("The distribution list (Nơi nhận).")
            .ResolveAsync(async c => await c.Db().Recipients.Where(r => r.PlanId == c.Source.Id).OrderBy(r => r.Position).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentReferenceType>>>>("references")
            .Description("Documents this plan cites: its legal basis (Căn cứ), the plan it implements, and others.")
            .ResolveAsync(async c => await c.Db().References.Where(r => r.FromDocumentId == c.Source.DocumentId).OrderBy(r => r.Position).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<LegalDocumentType>>("document")
            .Description("This plan's own entry among documents.")
            .ResolveAsync(async c => await c.Db().Documents.FindAsync([c.Source.DocumentId], c.CancellationToken));
        Field<NonNullGraphType<SourceDocumentType>>("source").Resolve(c => c.Source.Source);
    }
}
