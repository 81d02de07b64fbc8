using GraphQL.Types;
using PlanData.Api.GraphQL;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public sealed class ScheduleType : ObjectGraphType<Schedule>
{
    public ScheduleType()
    {
        Name = "Schedule";
        Description = "When an item is due: the deadline as printed and the window it names.";
        Field(s => s.Text).Description("As printed, e.g. 'Quý I năm 2022', 'Tháng 3-4/2022', 'Thường xuyên'.");
        Field<NonNullGraphType<ScheduleKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<DateScalar>("start").Description("First day of the window, when the text names one.").Resolve(c => c.Source.Start);
        Field<DateScalar>("end").Description("Last day of the window (the deadline), when the text names one.").Resolve(c => c.Source.End);
    }
}
