using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanData.Indicators;

namespace PlanData.Storage;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> indicator)
    {
        indicator.HasIndex(i => i.Key).IsUnique();
        indicator.HasIndex(i => new { i.PlanId, i.Position }).IsUnique();
        indicator.HasOne(i => i.Plan).WithMany(p => p.Indicators).HasForeignKey(i => i.PlanId);
        indicator.HasOne(i => i.PlanItem).WithMany(p => p.Indicators).HasForeignKey(i => i.PlanItemId);
        indicator.HasOne(i => i.PlanTask).WithMany(t => t.Indicators).HasForeignKey(i => i.PlanTaskId);
    }
}
