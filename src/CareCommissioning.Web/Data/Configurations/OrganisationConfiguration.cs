using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Type).StoredAsNumber();
        b.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        b.Property(o => o.Code).HasMaxLength(50);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasIndex(o => o.Name).IsUnique();
    }
}
