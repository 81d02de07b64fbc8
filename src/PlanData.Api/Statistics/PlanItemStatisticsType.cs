using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.Plans;
using PlanData.Plans;
using PlanData.Querying;

namespace PlanData.Api.Statistics;

/// <summary>Counts for dashboards, each one SQL aggregate over the same filtered items.</summary>
public sealed class PlanItemStatisticsType : ObjectGraphType<PlanItemStatistics>
{
    public const int MaxDueSoonDays = 366;
    public const int MaxDueSoonItems = 100;

    public PlanItemStatisticsType()
    {
        Name = "PlanItemStatistics";
        Description = "Counts over the items a `where` selects, with statuses computed as of `asOf`.";
        Field<NonNullGraphType<IntGraphType>>("total")
            .Description("How many items the filter selects.")
            .ResolveAsync(async c => await c.Source.Items.CountAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>>("byStatus")
            .Description("The count of each status, every status listed (zero included), in the enum's order.")
            .ResolveAsync(async c =>
            {
                var counts = await c.Source.Items
                    .GroupBy(PlanItemStatusRules.Expression(c.Source.AsOf))
                    .Select(g => new { Status = g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Status, g => g.Count, c.CancellationToken);
                return Enum.GetValues<PlanItemStatus>().Select(s => new StatusCount(s, counts.GetValueOrDefault(s))).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyCountType>>>>("byLeadAgency")
            .Description("The count of items each lead agency has, most first (ties by agency code); items without a lead agency are not counted here.")
            .ResolveAsync(async c => await c.Source.Items
                .Where(i => i.LeadAgencyId != null)
                .GroupBy(i => new { Id = i.LeadAgencyId!.Value, i.LeadAgency!.Code })
                .Select(g => new { g.Key.Id, g.Key.Code, Count = g.Count() })
                .OrderByDescending(g => g.Count).ThenBy(g => g.Code)
                .Select(g => new AgencyCount(g.Id, g.Count))
                .ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanItemType>>>>("dueSoon")
            .Description($"Items whose window ends within `days` after asOf (asOf included), not recorded as done, soonest first; at most {MaxDueSoonItems}.")
            .Argument<NonNullGraphType<IntGraphType>>("days", $"How many days ahead to look, 0 to {MaxDueSoonDays}.", a => a.DefaultValue = 30)
            .ResolveAsync(async c =>
            {
                var days = c.GetArgument<int>("days");
                if (days is < 0 or > MaxDueSoonDays)
                {
                    throw new PlanDataError("INVALID_DAYS", $"`days` must be between 0 and {MaxDueSoonDays}.").With("days", days);
                }

                var from = c.Source.AsOf;
                var until = from.AddDays(days);
                return await c.Source.Items
                    .Where(i => !i.CompletedAtIssue && i.Schedule.End != null && i.Schedule.End >= from && i.Schedule.End <= until)
                    .OrderBy(i => i.Schedule.End).ThenBy(i => i.PlanId).ThenBy(i => i.Number)
                    .Take(MaxDueSoonItems)
                    .ToListAsync(c.CancellationToken);
            });
    }
}
