using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanData.Plans;

namespace PlanData.Storage;

internal sealed class PlanItemConfiguration :
    IEntityTypeConfiguration<PlanItem>,
    IEntityTypeConfiguration<PlanTask>,
    IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<PlanItem> item)
    {
        item.HasIndex(i => i.Key).IsUnique();
        item.HasIndex(i => new { i.PlanId, i.Number }).IsUnique();
        item.HasOne(i => i.Plan).WithMany(p => p.Items).HasForeignKey(i => i.PlanId);
        item.HasOne(i => i.LeadAgency).WithMany().HasForeignKey(i => i.LeadAgencyId);
        item.OwnsOne(i => i.Schedule);
    }

    public void Configure(EntityTypeBuilder<PlanTask> task)
    {
        task.HasOne(t => t.PlanItem).WithMany(i => i.Tasks).HasForeignKey(t => t.PlanItemId);
        task.HasIndex(t => new { t.PlanItemId, t.Number }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Assignment> assignment)
    {
        assignment.HasOne(a => a.Item).WithMany(i => i.Assignments).HasForeignKey(a => a.PlanItemId);
        assignment.HasOne(a => a.Agency).WithMany(a => a.Assignments).HasForeignKey(a => a.AgencyId);
        assignment.HasIndex(a => new { a.PlanItemId, a.Position }).IsUnique();
        assignment.HasIndex(a => new { a.AgencyId, a.PlanItemId });
    }
}
