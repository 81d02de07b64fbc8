using PlanData.Import.Normalization;
using PlanData.Import.Schedules;
using PlanData.Import.Structure;
using PlanData.Plans;
using PlanData.Seeding;

namespace PlanData.Import.Assembly;

/// <summary>One item block → an item: title, labelled fields, agencies with roles, deadline, tasks, targets, citations.</summary>
public static class ItemAssembler
{
    public static ItemEntry Assemble(ImportContext context, ItemBlock block, int number)
    {
        var item = new ItemDraft();
        var heading = block.Lines[0];
        context.Map(block.Lines);
        CitationAssembler.Read(context, block.Title, heading.First, number);

        if (block.Columns.Count > 0)
        {
            foreach (var (header, cell) in block.Columns.Skip(2))
            {
                if (FieldLabel.ForHeader(header) is { } field)
                {
                    Apply(context, item, field, header, cell, heading.First, number);
                }
            }
        }

        foreach (var line in block.Lines.Skip(1))
        {
            ReadLine(context, item, line, number);
        }

        var schedule = item.Schedule;
        if (schedule is null)
        {
            context.Report.Warn("no-deadline", heading.First, $"item {block.Code} states no readable deadline");
        }

        // An unread deadline is still shown as printed, like a read one: without its status note and final stop.
        var unread = PrintedSchedule.Clean(item.ScheduleText ?? "");

        return new ItemEntry(
            number,
            block.Code,
            block.Section,
            block.Title,
            item.Content,
            item.Objective,
            schedule is null ? new ScheduleEntry(unread.Text, ScheduleKind.External, null, null) : new ScheduleEntry(schedule.Text, schedule.Kind, schedule.Start, schedule.End),
            schedule?.Completed ?? unread.Completed,
            item.Assignments,
            item.Tasks,
            [heading.First, block.Lines[^1].Last],
            context.Slice(heading.First, block.Lines[^1].Last));
    }

    private static void ReadLine(ImportContext context, ItemDraft item, SourceLine line, int number)
    {
        var text = line.Text;
        if (FieldLabel.TryRead(text, out var field, out var label, out var value))
        {
            Apply(context, item, field, label, value, line.First, number);
            CitationAssembler.Read(context, FieldLabel.WithoutMarker(text), line.First, number);
            return;
        }

        var entry = FieldLabel.WithoutMarker(text);
        if (entry.EndsWith(':'))
        {
            // A heading over the tasks that follow ("a) Chỉ tiêu, nhiệm vụ trọng tâm:").
            return;
        }

        if (FieldLabel.HasMarker(text))
        {
            var task = item.Tasks.Count + 1;
            item.Tasks.Add(new TaskEntry(task, entry));
            IndicatorAssembler.Read(context, entry, number, task);
        }
        else if (item.Tasks.Count > 0)
        {
            item.Tasks[^1] = item.Tasks[^1] with { Text = $"{item.Tasks[^1].Text} {entry}" };
        }
        else
        {
            item.Content = item.Content is null ? entry : $"{item.Content} {entry}";
            IndicatorAssembler.Read(context, entry, number, null);
        }

        CitationAssembler.Read(context, entry, line.First, number);
    }

    private static void Apply(ImportContext context, ItemDraft item, FieldLabel field, string label, string value, int line, int number)
    {
        switch (field.Kind)
        {
            case FieldKind.Agencies:
                item.Assignments.AddRange(context.ReadAgencies(value, line).Select(m => new AssignmentEntry(m.Agency.Code, field.Role!.Value, label)));
                break;
            case FieldKind.Content:
                item.Content = value;
                IndicatorAssembler.Read(context, value, number, null);
                break;
            case FieldKind.Objective:
                item.Objective = value;
                IndicatorAssembler.Read(context, value, number, null);
                break;
            case FieldKind.Schedule:
                item.ScheduleText = value;
                item.Schedule = ScheduleReader.Read(value);
                if (item.Schedule is null)
                {
                    context.Report.Warn("unreadable-deadline", line, "deadline not in a form the importer knows", value);
                }

                break;
        }
    }

    private sealed class ItemDraft
    {
        public string? Content { get; set; }

        public string? Objective { get; set; }

        public string? ScheduleText { get; set; }

        public ScheduleReading? Schedule { get; set; }

        public List<AssignmentEntry> Assignments { get; } = [];

        public List<TaskEntry> Tasks { get; } = [];
    }
}
