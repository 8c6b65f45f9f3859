using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> b)
    {
        b.Property(r => r.Category).StoredAsNumber();
        b.Property(r => r.Status).StoredAsNumber();
        b.Property(r => r.Title).HasMaxLength(Risk.TitleMaxLength);
        b.Property(r => r.Description).HasMaxLength(Risk.TextMaxLength);
        b.Property(r => r.Mitigation).HasMaxLength(Risk.TextMaxLength);
        b.Property(r => r.Owner).HasMaxLength(Risk.OwnerMaxLength);
        b.Property(r => r.LinkedRecordType).HasMaxLength(100);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.Score);
        b.Ignore(r => r.Band);
        b.Ignore(r => r.ResidualScore);
        b.Ignore(r => r.ResidualBand);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.OrganisationId, r.Status });
        b.HasIndex(r => new { r.LinkedRecordType, r.LinkedRecordId });
    }
}
