using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class PartnershipAgreementConfiguration : IEntityTypeConfiguration<PartnershipAgreement>
{
    public void Configure(EntityTypeBuilder<PartnershipAgreement> b)
    {
        foreach (
            var text in new[]
            {
                nameof(PartnershipAgreement.ContributionVariation),
                nameof(PartnershipAgreement.GovernanceBoard),
                nameof(PartnershipAgreement.BoardMembers),
                nameof(PartnershipAgreement.Quorum),
                nameof(PartnershipAgreement.DelegatedLimits),
                nameof(PartnershipAgreement.HealthAndWellbeingBoardReporting),
                nameof(PartnershipAgreement.ProviderArrangements),
            }
        )
            b.Property(text).HasMaxLength(PartnershipAgreement.TextMaxLength);
        b.Property(a => a.Status).StoredAsText().HasMaxLength(20);
        b.Property(a => a.RiskShare).StoredAsText().HasMaxLength(20);
        b.Property(a => a.Underspend).StoredAsText().HasMaxLength(20);
        b.Property(a => a.CapPercent).HasPrecision(9, 4);
        b.Property(a => a.Rounds)
            .HasConversion(JsonColumn<List<NegotiationRound>>.Converter, JsonColumn<List<NegotiationRound>>.Comparer);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne<Partnership>().WithMany().HasForeignKey(a => a.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipPartner>()
            .WithMany()
            .HasForeignKey(a => a.CapExcessPartnerId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.PartnershipId).IsUnique();
    }
}

internal sealed class PartnershipSignOffConfiguration : IEntityTypeConfiguration<PartnershipSignOff>
{
    public void Configure(EntityTypeBuilder<PartnershipSignOff> b)
    {
        b.Property(s => s.DecisionMakers).HasMaxLength(200);
        b.Property(s => s.RecordedBy).HasMaxLength(200);
        b.Property(s => s.Conditions).HasMaxLength(PartnershipSignOff.TextMaxLength);
        b.Property(s => s.Decision).StoredAsText().HasMaxLength(30);
        b.HasOne<Partnership>().WithMany().HasForeignKey(s => s.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipPartner>().WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.PartnershipId, s.AgreementVersion });
    }
}

internal sealed class PartnershipContributionConfiguration : IEntityTypeConfiguration<PartnershipContribution>
{
    public void Configure(EntityTypeBuilder<PartnershipContribution> b)
    {
        b.Property(c => c.Description).HasMaxLength(PartnershipContribution.DescriptionMaxLength);
        b.Property(c => c.Kind).StoredAsText().HasMaxLength(20);
        b.Property(c => c.Amount).HasPrecision(18, 2);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne<Partnership>().WithMany().HasForeignKey(c => c.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipPartner>().WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.PartnershipId, c.Year });
    }
}
