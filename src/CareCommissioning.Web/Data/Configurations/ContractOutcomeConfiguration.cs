using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class ContractOutcomeConfiguration : IEntityTypeConfiguration<ContractOutcome>
{
    public void Configure(EntityTypeBuilder<ContractOutcome> b)
    {
        b.Property(o => o.Source).StoredAsNumber();
        b.Property(o => o.Title).HasMaxLength(ContractOutcome.TitleMaxLength);
        foreach (var line in new[] { "AgreedWith", "Indicator", "Target", "ResolvedBy" })
            b.Property(line).HasMaxLength(ContractOutcome.LineMaxLength);
        foreach (
            var text in new[]
            {
                "CostImplications",
                "ResourceImplications",
                "RiskImplications",
                "SustainabilityImplications",
                "Conflict",
                "Resolution",
                "HowSpecified",
                "HowEvidenced",
            }
        )
            b.Property(text).HasMaxLength(ContractOutcome.TextMaxLength);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.Ignore(o => o.ImplicationsAssessed);
        b.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Appraisal>().WithMany().HasForeignKey(o => o.AppraisalId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.OrganisationId, o.Recommended });
        b.HasIndex(o => new { o.AppraisalId, o.AppraisalOutcomeId });
    }
}
