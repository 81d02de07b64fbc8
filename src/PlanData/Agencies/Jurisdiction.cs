namespace PlanData.Agencies;

/// <summary>An administrative area: the country, a province, a district or a commune.</summary>
public class Jurisdiction
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public JurisdictionLevel Level { get; set; }
}
