using GraphQL.Types;
using PlanData.Plans;
using PlanData.Querying;

namespace PlanData.Api.Plans;

public sealed class ScheduleKindType : EnumerationGraphType<ScheduleKind>
{
    public ScheduleKindType()
    {
        Name = "ScheduleKind";
        Description = "The form of a deadline, which fixes how its window is computed.";
        this.Describe(
            ("DAY", "A single day."),
            ("DAY_RANGE", "A span of days: từ ngày 01/10/2022 đến ngày 10/10/2022."),
            ("MONTH", "A calendar month: Tháng 9/2022."),
            ("MONTH_RANGE", "A span of months: Tháng 3-4/2022."),
            ("QUARTER", "Quý I năm 2022."),
            ("RECURRING", "Thường xuyên / Nhiệm vụ thường xuyên: ongoing, no deadline."),
            ("EXTERNAL", "Set by someone else's calendar: 'Theo Thông báo của ...', 'Theo chương trình, kế hoạch của ...'."));
    }
}
