namespace PlanData.Agencies;

public enum JurisdictionLevel
{
    National,
    Provincial,
    District,
    Commune,
}
