using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class StakeholderConfiguration : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> b)
    {
        b.Property(s => s.Formats).StoredAsNumber();
        b.Property(s => s.Type).StoredAsNumber();
        b.Property(s => s.Name).HasMaxLength(Stakeholder.NameMaxLength);
        b.Property(s => s.Affiliation).HasMaxLength(Stakeholder.TextMaxLength);
        b.Property(s => s.Email).HasMaxLength(Stakeholder.TextMaxLength);
        b.Property(s => s.Phone).HasMaxLength(50);
        b.Property(s => s.Address).HasMaxLength(500);
        b.Property(s => s.PreferredLanguage).HasMaxLength(100);
        b.Property(s => s.Notes).HasMaxLength(Stakeholder.NotesMaxLength);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // The register's list filters by organisation and archive state and sorts by name.
        b.HasIndex(s => new
        {
            s.OrganisationId,
            s.Archived,
            s.Name,
        });
        b.HasIndex(s => new { s.OrganisationId, s.Type });
    }
}
