using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class PartnershipSchemeConfiguration : IEntityTypeConfiguration<PartnershipScheme>
{
    public void Configure(EntityTypeBuilder<PartnershipScheme> b)
    {
        b.Property(s => s.Name).HasMaxLength(PartnershipScheme.NameMaxLength);
        foreach (
            var text in new[]
            {
                nameof(PartnershipScheme.Description),
                nameof(PartnershipScheme.Economies),
                nameof(PartnershipScheme.EconomiesEvidence),
                nameof(PartnershipScheme.EconomiesJudgement),
            }
        )
            b.Property(text).HasMaxLength(PartnershipScheme.TextMaxLength);
        b.Property(s => s.Type).StoredAsText().HasMaxLength(40);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne<Partnership>().WithMany().HasForeignKey(s => s.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipPartner>().WithMany().HasForeignKey(s => s.LeadPartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Appraisal>().WithMany().HasForeignKey(s => s.AppraisalId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(s => new { s.PartnershipId, s.Name });
    }
}

internal sealed class SchemeSpendConfiguration : IEntityTypeConfiguration<SchemeSpend>
{
    public void Configure(EntityTypeBuilder<SchemeSpend> b)
    {
        b.Property(s => s.Budget).HasPrecision(18, 2);
        b.Property(s => s.Actual).HasPrecision(18, 2);
        b.Property(s => s.Forecast).HasPrecision(18, 2);
        b.Property(s => s.Source).HasMaxLength(SchemeSpend.SourceMaxLength);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne<PartnershipScheme>().WithMany().HasForeignKey(s => s.SchemeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.SchemeId, s.Month }).IsUnique();
    }
}

internal sealed class PartnershipMeasureConfiguration : IEntityTypeConfiguration<PartnershipMeasure>
{
    public void Configure(EntityTypeBuilder<PartnershipMeasure> b)
    {
        b.Property(m => m.Name).HasMaxLength(PartnershipMeasure.NameMaxLength);
        b.Property(m => m.Definition).HasMaxLength(PartnershipMeasure.TextMaxLength);
        b.Property(m => m.Source).HasMaxLength(PartnershipMeasure.TextMaxLength);
        b.Property(m => m.Unit).HasMaxLength(PartnershipMeasure.UnitMaxLength);
        b.Property(m => m.Frequency).StoredAsText().HasMaxLength(20);
        b.Property(m => m.Baseline).HasPrecision(18, 4);
        b.Property(m => m.Target).HasPrecision(18, 4);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasOne<Partnership>().WithMany().HasForeignKey(m => m.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnershipPartner>()
            .WithMany()
            .HasForeignKey(m => m.ProviderPartnerId)
            .OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(m => m.PartnershipId);
    }
}

internal sealed class MeasureValueConfiguration : IEntityTypeConfiguration<MeasureValue>
{
    public void Configure(EntityTypeBuilder<MeasureValue> b)
    {
        b.Property(v => v.Value).HasPrecision(18, 4);
        b.Property(v => v.ProvidedBy).HasMaxLength(200);
        b.Property(v => v.Note).HasMaxLength(MeasureValue.NoteMaxLength);
        b.Property(v => v.Version).IsConcurrencyToken();
        b.HasOne<PartnershipMeasure>().WithMany().HasForeignKey(v => v.MeasureId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(v => new { v.MeasureId, v.Period }).IsUnique();
    }
}
