namespace PlanData.Plans;

/// <summary>The signature block: who signed, in which position and capacity.</summary>
public class Signature
{
    public required string Name { get; set; }
    public required string Position { get; set; }
    public string? Capacity { get; set; }
}
