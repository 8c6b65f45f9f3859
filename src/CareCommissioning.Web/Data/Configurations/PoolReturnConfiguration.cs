using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class PoolReturnConfiguration : IEntityTypeConfiguration<PoolReturn>
{
    public void Configure(EntityTypeBuilder<PoolReturn> b)
    {
        b.Property(r => r.Narrative).HasMaxLength(PoolReturn.TextMaxLength);
        b.Property(r => r.BoardSignedOffBy).HasMaxLength(200);
        b.Property(r => r.SubmittedBy).HasMaxLength(200);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.Submitted);
        b.Ignore(r => r.PeriodStart);
        b.Ignore(r => r.PeriodEnd);
        b.Ignore(r => r.PeriodName);
        b.HasOne<Partnership>().WithMany().HasForeignKey(r => r.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        // One return a period; the due-date index answers "what is overdue" across partnerships.
        b.HasIndex(r => new
            {
                r.PartnershipId,
                r.Year,
                r.Quarter,
            })
            .IsUnique();
        b.HasIndex(r => new { r.DueOn, r.SubmittedAt });
    }
}
