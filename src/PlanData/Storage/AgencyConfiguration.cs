using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanData.Agencies;

namespace PlanData.Storage;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>, IEntityTypeConfiguration<Jurisdiction>
{
    public void Configure(EntityTypeBuilder<Agency> agency)
    {
        agency.HasIndex(a => a.Code).IsUnique();
        agency.HasOne(a => a.Jurisdiction).WithMany(j => j.Agencies).HasForeignKey(a => a.JurisdictionCode);
        agency.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId);
        agency.HasOne(a => a.Successor).WithMany().HasForeignKey(a => a.SuccessorId);
    }

    public void Configure(EntityTypeBuilder<Jurisdiction> jurisdiction)
    {
        jurisdiction.HasKey(j => j.Code);
        jurisdiction.HasOne(j => j.Parent).WithMany().HasForeignKey(j => j.ParentCode);
        jurisdiction.HasOne(j => j.MergedInto).WithMany(j => j.MergedFrom).HasForeignKey(j => j.MergedIntoCode);
    }
}
