using PlanData.Agencies;

namespace PlanData.Plans;

/// <summary>Section III (Tổ chức thực hiện): an agency and its duties.</summary>
public class Responsibility
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public int Position { get; set; }
    public List<string> Duties { get; set; } = [];
}
