using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> b)
    {
        b.Property(p => p.Name).HasMaxLength(Partnership.NameMaxLength);
        b.Property(p => p.PooledFundManager).HasMaxLength(Partnership.ManagerMaxLength);
        foreach (
            var text in new[]
            {
                nameof(Partnership.LegalBasisDetail),
                nameof(Partnership.Functions),
                nameof(Partnership.PeopleCovered),
                nameof(Partnership.ServicesCovered),
                nameof(Partnership.Aims),
                nameof(Partnership.TerminationTerms),
            }
        )
            b.Property(text).HasMaxLength(Partnership.TextMaxLength);
        b.Property(p => p.Arrangement).StoredAsText().HasMaxLength(40);
        b.Property(p => p.LegalBasis).StoredAsText().HasMaxLength(40);
        b.Property(p => p.Status).StoredAsText().HasMaxLength(40);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.OrganisationId, p.Status });
    }
}

internal sealed class PartnershipPartnerConfiguration : IEntityTypeConfiguration<PartnershipPartner>
{
    public void Configure(EntityTypeBuilder<PartnershipPartner> b)
    {
        foreach (
            var text in new[]
            {
                nameof(PartnershipPartner.VatTreatment),
                nameof(PartnershipPartner.RingFencedGrants),
                nameof(PartnershipPartner.OtherConstraints),
                nameof(PartnershipPartner.ConfirmationNote),
                nameof(PartnershipPartner.Expectations),
                nameof(PartnershipPartner.IntendedAchievements),
                nameof(PartnershipPartner.CurrentRole),
                nameof(PartnershipPartner.FutureRole),
                nameof(PartnershipPartner.IntendedContributions),
            }
        )
            b.Property(text).HasMaxLength(PartnershipPartner.TextMaxLength);
        b.Property(p => p.ConfirmedBy).HasMaxLength(200);
        b.Property(p => p.ExpectationsGivenBy).HasMaxLength(200);
        b.Property(p => p.ApprovalLimit).HasPrecision(18, 2);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne<Partnership>().WithMany().HasForeignKey(p => p.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // One row per organisation in a partnership; the organisation index answers "which partnerships am I in".
        b.HasIndex(p => new { p.PartnershipId, p.OrganisationId }).IsUnique();
        b.HasIndex(p => p.OrganisationId);
    }
}

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> b)
    {
        b.Property(i => i.Title).HasMaxLength(PlanItem.TitleMaxLength);
        b.Property(i => i.Description).HasMaxLength(PlanItem.TextMaxLength);
        b.Property(i => i.Involvement).HasMaxLength(PlanItem.TextMaxLength);
        b.Property(i => i.Kind).StoredAsText().HasMaxLength(20);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasOne<Partnership>().WithMany().HasForeignKey(i => i.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipPartner>()
            .WithMany()
            .HasForeignKey(i => i.ResponsiblePartnerId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.PartnershipId, i.Kind });
    }
}
