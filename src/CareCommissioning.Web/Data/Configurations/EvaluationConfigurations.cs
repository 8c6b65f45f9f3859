using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

/// <summary>A strategy in the library: its outcomes, documents and relations are JSON columns read and written
/// whole.</summary>
internal sealed class StrategyConfiguration : IEntityTypeConfiguration<Strategy>
{
    public void Configure(EntityTypeBuilder<Strategy> b)
    {
        b.Property(s => s.Title).HasMaxLength(Strategy.TitleMaxLength);
        b.Property(s => s.Owner).HasMaxLength(Strategy.OwnerMaxLength);
        b.Property(s => s.Summary).HasMaxLength(Strategy.TextMaxLength);
        b.Property(s => s.Kind).StoredAsText().HasMaxLength(20);
        b.Property(s => s.Status).StoredAsText().HasMaxLength(20);
        b.Property(s => s.Outcomes)
            .HasConversion(JsonColumn<List<string>>.Converter, JsonColumn<List<string>>.Comparer);
        b.Property(s => s.Documents)
            .HasConversion(JsonColumn<List<StrategyDocument>>.Converter, JsonColumn<List<StrategyDocument>>.Comparer);
        b.Property(s => s.Relations)
            .HasConversion(JsonColumn<List<StrategyRelation>>.Converter, JsonColumn<List<StrategyRelation>>.Comparer);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.OrganisationId, s.Title });
        b.HasIndex(s => s.NextEvaluationDue);
    }
}

/// <summary>An evaluation: the screening, report versions, status, plan and wider aims are JSON columns (written by
/// its own methods); everything people add one at a time is a row of its own.</summary>
internal sealed class StrategyEvaluationConfiguration : IEntityTypeConfiguration<StrategyEvaluation>
{
    public void Configure(EntityTypeBuilder<StrategyEvaluation> b)
    {
        b.Property(e => e.Title).HasMaxLength(StrategyEvaluation.TitleMaxLength);
        b.Property(e => e.PlainSummary).HasMaxLength(StrategyEvaluation.TextMaxLength);
        b.Property(e => e.Conclusion).HasMaxLength(StrategyEvaluation.TextMaxLength);
        b.Property(e => e.Stage).StoredAsText().HasMaxLength(30);
        b.Property(e => e.Screening)
            .HasConversion(JsonColumn<EvaluationScreening>.Converter, JsonColumn<EvaluationScreening>.Comparer);
        b.Property(e => e.Reports)
            .HasConversion(JsonColumn<List<ReportVersion>>.Converter, JsonColumn<List<ReportVersion>>.Comparer);
        b.Property(e => e.FinalReport)
            .HasConversion(JsonColumn<ReportAgreement>.NullableConverter, JsonColumn<ReportAgreement>.NullableComparer);
        b.Property(e => e.Status)
            .HasConversion(
                JsonColumn<EvaluationStatusAgreement>.NullableConverter,
                JsonColumn<EvaluationStatusAgreement>.NullableComparer
            );
        b.Property(e => e.Plan)
            .HasConversion(JsonColumn<EvaluationPlan>.NullableConverter, JsonColumn<EvaluationPlan>.NullableComparer);
        b.Property(e => e.WiderAims)
            .HasConversion(JsonColumn<List<WiderAimAnalysis>>.Converter, JsonColumn<List<WiderAimAnalysis>>.Comparer);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Ignore(e => e.LatestReport);
        b.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Strategy>().WithMany().HasForeignKey(e => e.StrategyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partnership>().WithMany().HasForeignKey(e => e.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.OrganisationId, e.Stage });
        b.HasIndex(e => e.StrategyId);
    }
}

internal sealed class EvaluationParticipantConfiguration : IEntityTypeConfiguration<EvaluationParticipant>
{
    public void Configure(EntityTypeBuilder<EvaluationParticipant> b)
    {
        b.Property(p => p.InvitedBy).HasMaxLength(200);
        b.HasOne<StrategyEvaluation>().WithMany().HasForeignKey(p => p.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.EvaluationId, p.OrganisationId }).IsUnique();
        b.HasIndex(p => p.OrganisationId);
    }
}

internal sealed class EvaluationEvidenceConfiguration : IEntityTypeConfiguration<EvaluationEvidence>
{
    public void Configure(EntityTypeBuilder<EvaluationEvidence> b)
    {
        b.Property(e => e.Kind).StoredAsText().HasMaxLength(30);
        b.Property(e => e.Title).HasMaxLength(EvaluationEvidence.TitleMaxLength);
        b.Property(e => e.Finding).HasMaxLength(EvaluationEvidence.TextMaxLength);
        b.Property(e => e.SourceType).HasMaxLength(40);
        b.Property(e => e.AddedBy).HasMaxLength(200);
        b.Property(e => e.SurveyAnswers)
            .HasConversion(JsonColumn<List<SurveyAnswer>>.Converter, JsonColumn<List<SurveyAnswer>>.Comparer);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasOne<StrategyEvaluation>().WithMany().HasForeignKey(e => e.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.EvaluationId, e.Kind });
    }
}

internal sealed class EvaluationSharingConfiguration : IEntityTypeConfiguration<EvaluationSharing>
{
    public void Configure(EntityTypeBuilder<EvaluationSharing> b)
    {
        b.Property(s => s.Audience).StoredAsNumber();
        b.Property(s => s.Formats).StoredAsNumber();
        b.Property(s => s.Item).StoredAsText().HasMaxLength(30);
        b.Property(s => s.Recipients).HasMaxLength(EvaluationSharing.RecipientsMaxLength);
        b.Property(s => s.Response).HasMaxLength(EvaluationSharing.TextMaxLength);
        b.Property(s => s.ByName).HasMaxLength(200);
        b.HasOne<StrategyEvaluation>().WithMany().HasForeignKey(s => s.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.EvaluationId, s.Item });
    }
}

internal sealed class InformationExchangeConfiguration : IEntityTypeConfiguration<InformationExchange>
{
    public void Configure(EntityTypeBuilder<InformationExchange> b)
    {
        b.Property(x => x.Agency).HasMaxLength(InformationExchange.AgencyMaxLength);
        b.Property(x => x.Information).HasMaxLength(InformationExchange.TextMaxLength);
        b.Property(x => x.Agreement).HasMaxLength(InformationExchange.AgreementMaxLength);
        b.Property(x => x.Direction).StoredAsText().HasMaxLength(20);
        b.Property(x => x.Basis).StoredAsText().HasMaxLength(30);
        b.Property(x => x.ByName).HasMaxLength(200);
        b.HasOne<StrategyEvaluation>().WithMany().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.EvaluationId);
    }
}

internal sealed class EvaluationContributionConfiguration : IEntityTypeConfiguration<EvaluationContribution>
{
    public void Configure(EntityTypeBuilder<EvaluationContribution> b)
    {
        b.Property(c => c.Kind).StoredAsText().HasMaxLength(30);
        b.Property(c => c.Text).HasMaxLength(EvaluationContribution.TextMaxLength);
        b.Property(c => c.AuthorUserId).HasMaxLength(450);
        b.Property(c => c.AuthorName).HasMaxLength(EvaluationContribution.NameMaxLength);
        b.Property(c => c.AuthorOrganisation).HasMaxLength(EvaluationContribution.NameMaxLength);
        b.Property(c => c.GivenThrough).HasMaxLength(EvaluationContribution.NameMaxLength);
        b.Property(c => c.Response).HasMaxLength(EvaluationContribution.TextMaxLength);
        b.Property(c => c.RespondedBy).HasMaxLength(EvaluationContribution.NameMaxLength);
        b.HasOne<StrategyEvaluation>().WithMany().HasForeignKey(c => c.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.EvaluationId, c.SubmittedAt });
    }
}

internal sealed class EvaluationImpactConfiguration : IEntityTypeConfiguration<EvaluationImpact>
{
    public void Configure(EntityTypeBuilder<EvaluationImpact> b)
    {
        b.Property(i => i.Title).HasMaxLength(EvaluationImpact.TitleMaxLength);
        b.Property(i => i.Description).HasMaxLength(EvaluationImpact.TextMaxLength);
        b.Property(i => i.Outcome).HasMaxLength(EvaluationImpact.TitleMaxLength);
        b.Property(i => i.Affects).HasMaxLength(EvaluationImpact.TextMaxLength);
        b.Property(i => i.IdentifiedWith).HasMaxLength(EvaluationImpact.TextMaxLength);
        b.Property(i => i.Direction).StoredAsText().HasMaxLength(20);
        b.Property(i => i.Term).StoredAsText().HasMaxLength(20);
        b.Property(i => i.Importance).StoredAsText().HasMaxLength(20);
        b.Property(i => i.Certainty).StoredAsText().HasMaxLength(20);
        b.Property(i => i.EvidenceIds).HasConversion(JsonColumn<List<Guid>>.Converter, JsonColumn<List<Guid>>.Comparer);
        b.Property(i => i.ContributionIds)
            .HasConversion(JsonColumn<List<Guid>>.Converter, JsonColumn<List<Guid>>.Comparer);
        b.Property(i => i.LinkedImpactIds)
            .HasConversion(JsonColumn<List<Guid>>.Converter, JsonColumn<List<Guid>>.Comparer);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasOne<StrategyEvaluation>().WithMany().HasForeignKey(i => i.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => i.EvaluationId);
    }
}

internal sealed class StrategyRecommendationConfiguration : IEntityTypeConfiguration<StrategyRecommendation>
{
    public void Configure(EntityTypeBuilder<StrategyRecommendation> b)
    {
        b.Property(r => r.Text).HasMaxLength(StrategyRecommendation.TextMaxLength);
        b.Property(r => r.Rationale).HasMaxLength(StrategyRecommendation.TextMaxLength);
        b.Property(r => r.DevelopedWith).HasMaxLength(StrategyRecommendation.TextMaxLength);
        b.Property(r => r.DecidedBy).HasMaxLength(StrategyRecommendation.AgreedByMaxLength);
        b.Property(r => r.Status).StoredAsText().HasMaxLength(20);
        b.Property(r => r.FollowUp).StoredAsText().HasMaxLength(40);
        b.Property(r => r.ImpactIds).HasConversion(JsonColumn<List<Guid>>.Converter, JsonColumn<List<Guid>>.Comparer);
        b.Property(r => r.EvidenceIds).HasConversion(JsonColumn<List<Guid>>.Converter, JsonColumn<List<Guid>>.Comparer);
        b.Property(r => r.ProposalIds).HasConversion(JsonColumn<List<Guid>>.Converter, JsonColumn<List<Guid>>.Comparer);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<StrategyEvaluation>().WithMany().HasForeignKey(r => r.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.EvaluationId);
        // The follow-up's page finds the recommendation that started it by this.
        b.HasIndex(r => r.FollowUpRecordId);
    }
}

internal sealed class EvaluationActionConfiguration : IEntityTypeConfiguration<EvaluationAction>
{
    public void Configure(EntityTypeBuilder<EvaluationAction> b)
    {
        b.Property(a => a.Text).HasMaxLength(EvaluationAction.TextMaxLength);
        b.Property(a => a.Owner).HasMaxLength(EvaluationAction.OwnerMaxLength);
        b.Property(a => a.Progress).HasMaxLength(EvaluationAction.TextMaxLength);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne<StrategyEvaluation>().WithMany().HasForeignKey(a => a.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StrategyRecommendation>()
            .WithMany()
            .HasForeignKey(a => a.RecommendationId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Risk>().WithMany().HasForeignKey(a => a.RiskOfActionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Risk>().WithMany().HasForeignKey(a => a.RiskOfInactionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.EvaluationId, a.DueOn });
        b.HasIndex(a => a.DueOn);
    }
}
