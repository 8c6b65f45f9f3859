using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

/// <summary>A contract design: its parts that are lists (outcomes, agreement stages, approaches, costs, objectives)
/// are JSON columns read and written whole; its provisions are rows of their own.</summary>
internal sealed class ContractDesignConfiguration : IEntityTypeConfiguration<ContractDesign>
{
    public void Configure(EntityTypeBuilder<ContractDesign> b)
    {
        b.Property(d => d.Title).HasMaxLength(ContractDesign.TitleMaxLength);
        b.Property(d => d.OutcomeIds).HasConversion(JsonColumn<List<Guid>>.Converter, JsonColumn<List<Guid>>.Comparer);
        b.Property(d => d.Agreements)
            .HasConversion(JsonColumn<List<OutcomeAgreement>>.Converter, JsonColumn<List<OutcomeAgreement>>.Comparer);
        b.Property(d => d.Approaches)
            .HasConversion(JsonColumn<List<DesignApproach>>.Converter, JsonColumn<List<DesignApproach>>.Comparer);
        b.Property(d => d.Costs)
            .HasConversion(JsonColumn<List<OutcomeCost>>.Converter, JsonColumn<List<OutcomeCost>>.Comparer);
        b.Property(d => d.Objectives)
            .HasConversion(JsonColumn<List<ContractObjective>>.Converter, JsonColumn<List<ContractObjective>>.Comparer);
        b.Property(d => d.Providers).StoredAsText().HasMaxLength(20);
        b.Property(d => d.CpvCode).HasMaxLength(10);
        b.Property(d => d.RecommendedType).StoredAsText().HasMaxLength(40);
        b.Property(d => d.TypeReason).HasMaxLength(ContractDesign.TextMaxLength);
        b.Property(d => d.Implementation).HasMaxLength(ContractDesign.TextMaxLength);
        b.Property(d => d.Status).StoredAsText().HasMaxLength(20);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Ignore(d => d.TotalCost);
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Appraisal>().WithMany().HasForeignKey(d => d.AppraisalId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.OrganisationId, d.Title });
    }
}

internal sealed class ContractProvisionConfiguration : IEntityTypeConfiguration<ContractProvision>
{
    public void Configure(EntityTypeBuilder<ContractProvision> b)
    {
        b.Property(p => p.Kind).StoredAsText().HasMaxLength(30);
        b.Property(p => p.Title).HasMaxLength(ContractProvision.TitleMaxLength);
        b.Property(p => p.Text).HasMaxLength(ContractProvision.TextMaxLength);
        b.Property(p => p.Amount).HasPrecision(18, 2);
        b.Property(p => p.Percentage).HasPrecision(9, 4);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne<ContractDesign>().WithMany().HasForeignKey(p => p.DesignId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContractOutcome>().WithMany().HasForeignKey(p => p.OutcomeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.DesignId, p.Kind });
    }
}

/// <summary>Who a design's outcomes and implications were shared with and what they decided (CD-P3); they go with the
/// design.</summary>
internal sealed class DesignShareConfiguration : IEntityTypeConfiguration<DesignShare>
{
    public void Configure(EntityTypeBuilder<DesignShare> b)
    {
        b.Property(s => s.Formats).StoredAsNumber();
        b.Property(s => s.Recipients).HasMaxLength(DesignShare.RecipientsMaxLength);
        b.Property(s => s.Decision).HasMaxLength(DesignShare.TextMaxLength);
        b.Property(s => s.Changes).HasMaxLength(DesignShare.TextMaxLength);
        b.Property(s => s.ByName).HasMaxLength(DesignShare.NameMaxLength);
        b.HasOne<ContractDesign>().WithMany().HasForeignKey(s => s.DesignId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.DesignId, s.At });
    }
}
