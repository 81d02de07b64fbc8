using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.Agencies;
using PlanData.Api.Documents;
using PlanData.Api.GraphQL;
using PlanData.Api.Indicators;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public sealed class PlanItemType : NodeType<PlanItem>
{
    public PlanItemType()
        : base("PlanItem", i => i.Key)
    {
        Description = "One numbered item of a plan's content (section \"II. NỘI DUNG\").";
        Field<NonNullGraphType<PlanType>>("plan").ResolveAsync(async c => await c.Db().Plans.FindAsync([c.Source.PlanId], c.CancellationToken));
        Field(i => i.Number).Description("Position among the plan's items, 1-based, in document order.");
        Field(i => i.Code).Description("The item's number as printed: '3', '1.1', '2.3'.");
        Field(i => i.Section, nullable: true).Description("The heading the item stands under when items are grouped, e.g. '1. Phát triển hạ tầng số'.");
        Field(i => i.Title);
        Field(i => i.Content, nullable: true).Description("The item's 'Nội dung' line, if any.");
        Field(i => i.Objective, nullable: true).Description("The item's 'Mục tiêu' line, if any.");
        Field<NonNullGraphType<ScheduleType>>("schedule").Resolve(c => c.Source.Schedule);
        Field(i => i.CompletedAtIssue).Description("Whether the plan itself records the item as done ('đã hoàn thành').");
        Field<NonNullGraphType<PlanItemStatusType>>("status")
            .Description("Computed from schedule and completedAtIssue as of the query's asOf date.")
            .Resolve(c => c.Source.StatusAsOf(AsOf.For(c)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssignmentType>>>>("assignments")
            .Description("Every agency named in the item, with its role.")
            .ResolveAsync(async c => await c.Db().Assignments.Where(a => a.PlanItemId == c.Source.Id).OrderBy(a => a.Position).ToListAsync(c.CancellationToken));
        Field<AgencyType>("leadAgency")
            .Description("The agency that chairs (chủ trì) or, failing that, advises (tham mưu).")
            .ResolveAsync(async c => c.Source.LeadAgencyId is { } id ? await c.Db().Agencies.FindAsync([id], c.CancellationToken) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanTaskType>>>>("tasks")
            .Description("Sub-tasks and targets listed under the item (e.g. item 11's 'Chỉ tiêu, nhiệm vụ trọng tâm').")
            .ResolveAsync(async c => await c.Db().PlanTasks.Where(t => t.PlanItemId == c.Source.Id).OrderBy(t => t.Number).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators")
            .Description("Measurable targets stated in the item.")
            .ResolveAsync(async c => await c.Db().Indicators.Where(i => i.PlanItemId == c.Source.Id).OrderBy(i => i.Position).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentReferenceType>>>>("references")
            .Description("Documents cited inside this item.")
            .ResolveAsync(async c => await c.Db().References.Where(r => r.PlanItemId == c.Source.Id).OrderBy(r => r.Position).ToListAsync(c.CancellationToken));
        Field(i => i.SourceText).Description("The item's text exactly as in the source document.");
    }
}
