using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(e => e.Action).StoredAsNumber();
        // The sequence is assigned by the audit chain, never by the database, so a gap means a removed row.
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedNever();
        b.Property(e => e.EntityType).HasMaxLength(100);
        b.Property(e => e.EntityId).HasMaxLength(100);
        b.Property(e => e.UserId).HasMaxLength(450);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => new { e.EntityType, e.EntityId });
        b.HasIndex(e => e.At);
        b.Property(e => e.AccountId).HasMaxLength(450);
        // Who may read a row follows from these two (decision 0018); no foreign keys, rows outlive their records.
        b.HasIndex(e => new { e.OrganisationId, e.Sequence });
        b.HasIndex(e => e.AccountId);
        b.HasIndex(e => new { e.PartnershipId, e.Sequence });
    }
}
