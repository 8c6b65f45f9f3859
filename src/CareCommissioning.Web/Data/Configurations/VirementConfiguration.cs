using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class VirementConfiguration : IEntityTypeConfiguration<Virement>
{
    public void Configure(EntityTypeBuilder<Virement> b)
    {
        b.Property(v => v.Amount).HasPrecision(18, 2);
        b.Property(v => v.Reason).HasMaxLength(Virement.ReasonMaxLength);
        b.Property(v => v.DecisionNote).HasMaxLength(Virement.ReasonMaxLength);
        b.Property(v => v.RequestedBy).HasMaxLength(256);
        b.Property(v => v.RequestedById).HasMaxLength(450);
        b.Property(v => v.DecidedBy).HasMaxLength(256);
        b.Property(v => v.Status).StoredAsText().HasMaxLength(20);
        b.Property(v => v.Version).IsConcurrencyToken();
        b.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BudgetHead>().WithMany().HasForeignKey(v => v.FromHeadId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BudgetHead>().WithMany().HasForeignKey(v => v.ToHeadId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(v => new
        {
            v.OrganisationId,
            v.Status,
            v.RequestedAt,
        });
    }
}
