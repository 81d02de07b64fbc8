namespace PlanData.Plans;

public enum AssignmentRole
{
    Lead,
    Advisory,
    Coordinating,
    Participant,
}
