namespace PlanData.Indicators;

public enum TargetComparator
{
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Equal,
}
