using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class OtherResourceConfiguration : IEntityTypeConfiguration<OtherResource>
{
    public void Configure(EntityTypeBuilder<OtherResource> b)
    {
        b.Property(r => r.Name).HasMaxLength(OtherResource.NameMaxLength);
        b.Property(r => r.Unit).HasMaxLength(50);
        b.Property(r => r.Notes).HasMaxLength(2000);
        b.Property(r => r.Available).HasPrecision(18, 4);
        b.Property(r => r.Kind).StoredAsText().HasMaxLength(20);
        b.Property(r => r.Uses)
            .HasConversion(JsonColumn<List<ResourceUse>>.Converter, JsonColumn<List<ResourceUse>>.Comparer);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.Committed);
        b.Ignore(r => r.Remaining);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new
        {
            r.OrganisationId,
            r.Year,
            r.Name,
        });
    }
}
