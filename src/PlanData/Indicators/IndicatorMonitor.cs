using PlanData.Agencies;

namespace PlanData.Indicators;

/// <summary>An agency that monitors and evaluates an indicator (a table's "Cơ quan chủ trì theo dõi, đánh giá" column).</summary>
public class IndicatorMonitor
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }

    /// <summary>Order in which the cell names its agencies.</summary>
    public int Position { get; set; }
}
