using GraphQL.Types;
using PlanData.Plans;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

public sealed class ScheduleType : ObjectGraphType<Schedule>
{
    public ScheduleType()
    {
        Name = "Schedule";
        Description = "When an item is due: the deadline as printed and the window it names.";
        this.Scalar("text", s => s.Text, "As printed, e.g. 'Quý I năm 2022', 'Tháng 3-4/2022', 'Thường xuyên'.");
        this.Scalar("kind", s => s.Kind);
        this.Scalar("start", s => s.Start, "First day of the window, when the text names one.", nullable: true);
        this.Scalar("end", s => s.End, "Last day of the window (the deadline), when the text names one.", nullable: true);
    }
}
