using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class PartnershipEvaluationConfiguration : IEntityTypeConfiguration<PartnershipEvaluation>
{
    public void Configure(EntityTypeBuilder<PartnershipEvaluation> b)
    {
        b.Property(e => e.Title).HasMaxLength(PartnershipEvaluation.TitleMaxLength);
        foreach (
            var text in new[]
            {
                nameof(PartnershipEvaluation.Feedback),
                nameof(PartnershipEvaluation.Reflection),
                nameof(PartnershipEvaluation.AreasForDevelopment),
                nameof(PartnershipEvaluation.PlainSummary),
            }
        )
            b.Property(text).HasMaxLength(PartnershipEvaluation.TextMaxLength);
        b.Property(e => e.Impacts)
            .HasConversion(JsonColumn<List<PartnerImpact>>.Converter, JsonColumn<List<PartnerImpact>>.Comparer);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasOne<Partnership>().WithMany().HasForeignKey(e => e.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.PartnershipId);
    }
}

internal sealed class EvaluationRecommendationConfiguration : IEntityTypeConfiguration<EvaluationRecommendation>
{
    public void Configure(EntityTypeBuilder<EvaluationRecommendation> b)
    {
        b.Property(r => r.Text).HasMaxLength(EvaluationRecommendation.TextMaxLength);
        b.Property(r => r.Owner).HasMaxLength(EvaluationRecommendation.OwnerMaxLength);
        b.Property(r => r.Response).StoredAsText().HasMaxLength(20);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<PartnershipEvaluation>()
            .WithMany()
            .HasForeignKey(r => r.EvaluationId)
            .OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipPartner>()
            .WithMany()
            .HasForeignKey(r => r.OwnerPartnerId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.EvaluationId, r.DueOn });
    }
}

internal sealed class EvaluationShareConfiguration : IEntityTypeConfiguration<EvaluationShare>
{
    public void Configure(EntityTypeBuilder<EvaluationShare> b)
    {
        b.Property(s => s.Audience).HasMaxLength(EvaluationShare.AudienceMaxLength);
        b.Property(s => s.RecordedBy).HasMaxLength(200);
        b.Property(s => s.Method).StoredAsText().HasMaxLength(20);
        b.Property(s => s.Format).StoredAsText().HasMaxLength(20);
        b.HasOne<PartnershipEvaluation>()
            .WithMany()
            .HasForeignKey(s => s.EvaluationId)
            .OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.EvaluationId, s.SharedOn });
    }
}
