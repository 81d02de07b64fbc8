using GraphQL.Types;
using PlanData.Api.GraphQL;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public sealed class ScheduleKindType : EnumerationGraphType<ScheduleKind>
{
    public ScheduleKindType()
    {
        Name = "ScheduleKind";
        this.Describe(
            ("DAY", "A single day."),
            ("MONTH", "A calendar month: Tháng 9/2022."),
            ("MONTH_RANGE", "A span of months: Tháng 3-4/2022."),
            ("QUARTER", "Quý I năm 2022."),
            ("RECURRING", "Thường xuyên / Nhiệm vụ thường xuyên: ongoing, no deadline."),
            ("EXTERNAL", "Set by someone else's calendar: 'Theo Thông báo của ...', 'Theo chương trình, kế hoạch của ...'."));
    }
}

public sealed class PlanItemStatusType : EnumerationGraphType<PlanItemStatus>
{
    public PlanItemStatusType()
    {
        Name = "PlanItemStatus";
        this.Describe(
            ("COMPLETED", "The plan records it as done."),
            ("NOT_STARTED", "asOf is before the schedule window."),
            ("IN_PROGRESS", "asOf is inside the schedule window."),
            ("PAST_DUE", "The window has ended and no completion is recorded."),
            ("ONGOING", "A recurring duty."),
            ("UNSCHEDULED", "No dates to compare with (EXTERNAL)."));
    }
}

public sealed class AssignmentRoleType : EnumerationGraphType<AssignmentRole>
{
    public AssignmentRoleType()
    {
        Name = "AssignmentRole";
        this.Describe(
            ("LEAD", "Cơ quan chủ trì."),
            ("ADVISORY", "Cơ quan tham mưu / chủ trì tham mưu."),
            ("COORDINATING", "Cơ quan phối hợp."),
            ("PARTICIPANT", "Thành phần: attends."));
    }
}
