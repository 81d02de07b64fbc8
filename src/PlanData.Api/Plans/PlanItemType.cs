using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.Agencies;
using PlanData.Api.Documents;
using PlanData.Api.Indicators;
using PlanData.Documents;
using PlanData.Indicators;
using PlanData.Plans;
using PlanData.Querying;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

public sealed class PlanItemType : NodeObjectType<PlanItem>
{
    public PlanItemType()
        : base("PlanItem", "One numbered item of a plan's content (section \"II. NỘI DUNG\").", i => i.Key)
    {
        this.Reference<PlanItem, PlanType, Plan>("plan", i => i.Plan, i => i.PlanId, nullable: false);
        this.Scalar("number", i => i.Number, "Position among the plan's items, 1-based, in document order.");
        this.Scalar("code", i => i.Code, "The item's number as printed: '3', '1.1', '2.3'.");
        this.Scalar("section", i => i.Section, "The heading the item stands under when items are grouped, e.g. '1. Phát triển hạ tầng số'.", nullable: true);
        this.Scalar("title", i => i.Title);
        this.Scalar("content", i => i.Content, "The item's 'Nội dung' line, if any.", nullable: true);
        this.Scalar("objective", i => i.Objective, "The item's 'Mục tiêu' line, if any.", nullable: true);
        this.Owned<PlanItem, ScheduleType, Schedule>("schedule", i => i.Schedule, nullable: false);
        this.Scalar("completedAtIssue", i => i.CompletedAtIssue, "Whether the plan itself records the item as done ('đã hoàn thành').");
        this.Computed<PlanItem, NonNullGraphType<PlanItemStatusType>, PlanItemStatus>(
            "status",
            scope => PlanItemStatusRules.Expression(scope.Get<StatusDate>().Value),
            c => c.Source.StatusAsOf(AsOf.For(c)),
            "Computed from schedule and completedAtIssue as of the query's asOf date.");
        this.Children<PlanItem, AssignmentType, Assignment>("assignments", i => i.Assignments, i => i.Id, a => a.PlanItemId, KeysetOrder<Assignment>.By(a => a.Position),
            "Every agency named in the item, with its role.");
        this.Reference<PlanItem, AgencyType, Agency>("leadAgency", i => i.LeadAgency, i => i.LeadAgencyId, "The agency that chairs (chủ trì) or, failing that, advises (tham mưu).");
        this.Children<PlanItem, PlanTaskType, PlanTask>("tasks", i => i.Tasks, i => i.Id, t => t.PlanItemId, KeysetOrder<PlanTask>.By(t => t.Number),
            "Sub-tasks and targets listed under the item (e.g. item 11's 'Chỉ tiêu, nhiệm vụ trọng tâm').");
        this.Children<PlanItem, IndicatorType, Indicator>("indicators", i => i.Indicators, i => i.Id, i => i.PlanItemId ?? 0, KeysetOrder<Indicator>.By(i => i.Position),
            "Measurable targets stated in the item.");
        this.Children<PlanItem, DocumentReferenceType, DocumentReference>("references", i => i.References, i => i.Id, r => r.PlanItemId ?? 0, KeysetOrder<DocumentReference>.By(r => r.Position),
            "Documents cited inside this item.");
        this.Scalar("sourceText", i => i.SourceText, "The item's text exactly as in the source document.");
    }
}
