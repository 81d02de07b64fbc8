using GraphQL.Types;
using PlanData.Indicators;
using PlanData.Querying;

namespace PlanData.Api.Indicators;

public sealed class TargetComparatorType : EnumerationGraphType<TargetComparator>
{
    public TargetComparatorType()
    {
        Name = "TargetComparator";
        Description = "How an indicator compares with its target value.";
        this.Describe(
            ("AT_LEAST", "tối thiểu, ít nhất: >="),
            ("MORE_THAN", "trên: >"),
            ("AT_MOST", "tối đa: <="),
            ("LESS_THAN", "dưới: <"),
            ("EQUAL", "đạt, tới: ="));
    }
}
