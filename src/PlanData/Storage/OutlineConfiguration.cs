using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanData.Plans;

namespace PlanData.Storage;

internal sealed class OutlineConfiguration :
    IEntityTypeConfiguration<PlanSection>,
    IEntityTypeConfiguration<Footnote>,
    IEntityTypeConfiguration<AppendixReference>
{
    public void Configure(EntityTypeBuilder<PlanSection> section)
    {
        section.HasOne<Plan>().WithMany(p => p.Sections).HasForeignKey(s => s.PlanId);
        section.HasIndex(s => new { s.PlanId, s.Position }).IsUnique();
        section.HasIndex(s => new { s.PlanId, s.Path }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Footnote> footnote)
    {
        footnote.HasOne<Plan>().WithMany(p => p.Footnotes).HasForeignKey(f => f.PlanId);
        footnote.HasIndex(f => new { f.PlanId, f.Position }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<AppendixReference> reference)
    {
        reference.HasOne<Plan>().WithMany(p => p.AppendixReferences).HasForeignKey(r => r.PlanId);
        reference.HasIndex(r => new { r.PlanId, r.Position }).IsUnique();
    }
}
