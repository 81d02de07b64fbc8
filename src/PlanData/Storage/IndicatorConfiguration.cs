using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanData.Indicators;

namespace PlanData.Storage;

internal sealed class IndicatorConfiguration :
    IEntityTypeConfiguration<Indicator>,
    IEntityTypeConfiguration<IndicatorMonitor>
{
    public void Configure(EntityTypeBuilder<Indicator> indicator)
    {
        indicator.HasIndex(i => i.Key).IsUnique();
        indicator.HasIndex(i => new { i.PlanId, i.Position }).IsUnique();
        indicator.HasOne(i => i.Plan).WithMany(p => p.Indicators).HasForeignKey(i => i.PlanId);
        indicator.HasOne(i => i.PlanItem).WithMany(p => p.Indicators).HasForeignKey(i => i.PlanItemId);
        indicator.HasOne(i => i.PlanTask).WithMany(t => t.Indicators).HasForeignKey(i => i.PlanTaskId);
    }

    public void Configure(EntityTypeBuilder<IndicatorMonitor> monitor)
    {
        monitor.HasOne(m => m.Indicator).WithMany(i => i.Monitors).HasForeignKey(m => m.IndicatorId);
        monitor.HasOne(m => m.Agency).WithMany().HasForeignKey(m => m.AgencyId);
        monitor.HasIndex(m => new { m.IndicatorId, m.Position }).IsUnique();
        monitor.HasIndex(m => new { m.AgencyId, m.IndicatorId });
    }
}
