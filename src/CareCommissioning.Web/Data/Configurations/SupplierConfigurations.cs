using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

/// <summary>The supplier register: a supplier with its CPV categories, preferred-supplier approvals and quality
/// credentials, each its own table.</summary>
internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> b)
    {
        b.Property(s => s.Name).HasMaxLength(Supplier.NameMaxLength);
        b.Property(s => s.CompanyNumber).HasMaxLength(8);
        b.Property(s => s.CharityNumber).HasMaxLength(20);
        b.Property(s => s.AddressLine1).HasMaxLength(Supplier.LineMaxLength);
        b.Property(s => s.AddressLine2).HasMaxLength(Supplier.LineMaxLength);
        b.Property(s => s.Town).HasMaxLength(Supplier.LineMaxLength);
        b.Property(s => s.Postcode).HasMaxLength(10);
        b.Property(s => s.ContactEmail).HasMaxLength(254);
        b.Property(s => s.StatusReason).HasMaxLength(Supplier.TextMaxLength);
        b.Property(s => s.SustainabilityCredentials).HasMaxLength(Supplier.TextMaxLength);
        b.Property(s => s.Size).StoredAsText().HasMaxLength(10);
        b.Property(s => s.Status).StoredAsText().HasMaxLength(10);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.IsSme);
        b.HasMany(s => s.Categories).WithOne().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Approvals).WithOne().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Credentials).WithOne().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new
        {
            s.OrganisationId,
            s.Status,
            s.Name,
        });
    }
}

internal sealed class SupplierCategoryConfiguration : IEntityTypeConfiguration<SupplierCategory>
{
    public void Configure(EntityTypeBuilder<SupplierCategory> b)
    {
        b.Property(c => c.CpvCode).HasMaxLength(10);
        b.HasIndex(c => new { c.CpvCode, c.SupplierId });
    }
}

internal sealed class PreferredSupplierApprovalConfiguration : IEntityTypeConfiguration<PreferredSupplierApproval>
{
    public void Configure(EntityTypeBuilder<PreferredSupplierApproval> b)
    {
        b.Property(a => a.CpvCode).HasMaxLength(10);
        b.Property(a => a.ApprovedByUserId).HasMaxLength(450);
        b.Property(a => a.Notes).HasMaxLength(Supplier.TextMaxLength);
        b.HasIndex(a => new { a.CpvCode, a.ExpiresOn });
    }
}

internal sealed class QualityCredentialConfiguration : IEntityTypeConfiguration<QualityCredential>
{
    public void Configure(EntityTypeBuilder<QualityCredential> b)
    {
        b.Property(c => c.Kind).StoredAsText().HasMaxLength(30);
        b.Property(c => c.CqcRating).StoredAsText().HasMaxLength(30);
        b.Property(c => c.OtherName).HasMaxLength(100);
        b.Property(c => c.Reference).HasMaxLength(100);
        b.Ignore(c => c.DisplayName);
    }
}
