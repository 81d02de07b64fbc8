namespace PlanData.Import.Structure;

public enum FieldKind
{
    Agencies,
    Content,
    Objective,
    Schedule,
}
