using PlanData.Plans;

namespace PlanData.Api.Statistics;

/// <summary>The items a widget's <c>where</c> selects, and the date their statuses are computed against; each count runs in SQL when asked for.</summary>
public sealed record PlanItemStatistics(IQueryable<PlanItem> Items, DateOnly AsOf);

public sealed record StatusCount(PlanItemStatus Status, int Count);

public sealed record AgencyCount(int AgencyId, int Count);
