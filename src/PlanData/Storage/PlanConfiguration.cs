using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanData.Plans;

namespace PlanData.Storage;

internal sealed class PlanConfiguration :
    IEntityTypeConfiguration<Plan>,
    IEntityTypeConfiguration<Responsibility>,
    IEntityTypeConfiguration<ReportingDeadline>,
    IEntityTypeConfiguration<Recipient>
{
    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.HasIndex(p => p.Key).IsUnique();
        plan.HasIndex(p => new { p.IssuedOn, p.Key });
        plan.HasOne(p => p.Document).WithOne(d => d.Plan).HasForeignKey<Plan>(p => p.DocumentId);
        plan.HasOne(p => p.Jurisdiction).WithMany(j => j.Plans).HasForeignKey(p => p.JurisdictionCode);
        plan.HasOne(p => p.Issuer).WithMany().HasForeignKey(p => p.IssuerId);
        plan.OwnsOne(p => p.Signature);
        plan.OwnsOne(p => p.Source);
    }

    public void Configure(EntityTypeBuilder<Responsibility> responsibility)
    {
        responsibility.HasOne<Plan>().WithMany(p => p.Responsibilities).HasForeignKey(r => r.PlanId);
        responsibility.HasIndex(r => new { r.PlanId, r.Position }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ReportingDeadline> deadline)
    {
        deadline.HasOne<Plan>().WithMany(p => p.ReportingDeadlines).HasForeignKey(d => d.PlanId);
        deadline.HasOne(d => d.Reporter).WithMany().HasForeignKey(d => d.ReporterId);
        deadline.HasOne(d => d.ReportTo).WithMany().HasForeignKey(d => d.ReportToId);
        deadline.HasIndex(d => new { d.PlanId, d.Position }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Recipient> recipient)
    {
        recipient.HasOne<Plan>().WithMany(p => p.Recipients).HasForeignKey(r => r.PlanId);
        recipient.HasIndex(r => new { r.PlanId, r.Position }).IsUnique();
    }
}
