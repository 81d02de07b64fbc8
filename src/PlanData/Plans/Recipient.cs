using PlanData.Agencies;

namespace PlanData.Plans;

/// <summary>One entry of the distribution list (Nơi nhận).</summary>
public class Recipient
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int? AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public required string Text { get; set; }
    public string? Purpose { get; set; }
    public int Position { get; set; }
    public int Line { get; set; }
}
