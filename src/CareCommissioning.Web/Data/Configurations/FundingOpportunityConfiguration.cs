using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class FundingOpportunityConfiguration : IEntityTypeConfiguration<FundingOpportunity>
{
    public void Configure(EntityTypeBuilder<FundingOpportunity> b)
    {
        b.Property(f => f.Name).HasMaxLength(FundingOpportunity.NameMaxLength);
        b.Property(f => f.Funder).HasMaxLength(FundingOpportunity.NameMaxLength);
        b.Property(f => f.Conditions).HasMaxLength(FundingOpportunity.TextMaxLength);
        b.Property(f => f.Amount).HasPrecision(18, 2);
        b.Property(f => f.MatchFunding).HasPrecision(18, 2);
        b.Property(f => f.Likelihood).HasPrecision(9, 6);
        b.Property(f => f.Recurrence).StoredAsText().HasMaxLength(20);
        b.Property(f => f.ViabilityScores)
            .HasConversion(ListColumn<int>.Converter, ListColumn<int>.Comparer)
            .HasMaxLength(100);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.Ignore(f => f.ExpectedValue);
        b.Ignore(f => f.PaymentYears);
        b.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => new
        {
            f.OrganisationId,
            f.Archived,
            f.Name,
        });
    }
}
