using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanData.Documents;

namespace PlanData.Storage;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<LegalDocument>, IEntityTypeConfiguration<DocumentReference>
{
    public void Configure(EntityTypeBuilder<LegalDocument> document)
    {
        document.HasIndex(d => d.Key).IsUnique();
        document.HasIndex(d => d.NumberKey);
        document.HasOne(d => d.Issuer).WithMany().HasForeignKey(d => d.IssuerId);
        document.HasOne(d => d.Jurisdiction).WithMany(j => j.Documents).HasForeignKey(d => d.JurisdictionCode);
    }

    public void Configure(EntityTypeBuilder<DocumentReference> reference)
    {
        reference.HasOne(r => r.From).WithMany(d => d.Citations).HasForeignKey(r => r.FromDocumentId);
        reference.HasOne(r => r.To).WithMany(d => d.CitedBy).HasForeignKey(r => r.ToDocumentId);
        reference.HasOne(r => r.PlanItem).WithMany(i => i.References).HasForeignKey(r => r.PlanItemId);
        reference.HasIndex(r => new { r.FromDocumentId, r.Position }).IsUnique();
        reference.HasIndex(r => r.ToDocumentId);
    }
}
