using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class BudgetProposalConfiguration : IEntityTypeConfiguration<BudgetProposal>
{
    public void Configure(EntityTypeBuilder<BudgetProposal> b)
    {
        b.Property(p => p.Status).StoredAsText().HasMaxLength(20);
        b.Property(p => p.Rounds)
            .HasConversion(JsonColumn<List<NegotiationRound>>.Converter, JsonColumn<List<NegotiationRound>>.Comparer);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.Current);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Appraisal>().WithMany().HasForeignKey(p => p.AppraisalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<BudgetHead>().WithMany().HasForeignKey(p => p.BudgetHeadId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.AppraisalId, p.Status });
    }
}
