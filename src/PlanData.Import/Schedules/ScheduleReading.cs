using PlanData.Plans;

namespace PlanData.Import.Schedules;

/// <summary>A deadline as printed (status and emphasis removed) and the window it names.</summary>
public sealed record ScheduleReading(string Text, ScheduleKind Kind, DateOnly? Start, DateOnly? End, bool Completed);
