using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

/// <summary>A contract's KPIs, and the provider's returns with a value for each KPI of the period.</summary>
internal sealed class ContractKpiConfiguration : IEntityTypeConfiguration<ContractKpi>
{
    public void Configure(EntityTypeBuilder<ContractKpi> b)
    {
        b.Property(k => k.Name).HasMaxLength(KpiDefinition.NameMaxLength);
        b.Property(k => k.Unit).StoredAsText().HasMaxLength(20);
        b.Property(k => k.Direction).StoredAsText().HasMaxLength(20);
        b.Property(k => k.Frequency).StoredAsText().HasMaxLength(20);
        b.Property(k => k.Target).HasPrecision(18, 2);
        b.Property(k => k.AmberTolerance).HasPrecision(18, 2);
        b.Property(k => k.RedThreshold).HasPrecision(18, 2);
        b.Property(k => k.Version).IsConcurrencyToken();
        b.Ignore(k => k.Definition);
        b.HasOne<Contract>().WithMany().HasForeignKey(k => k.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContractOutcome>().WithMany().HasForeignKey(k => k.OutcomeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(k => k.ContractId);
        b.HasIndex(k => k.OutcomeId);
    }
}

internal sealed class ContractKpiReturnConfiguration : IEntityTypeConfiguration<ContractKpiReturn>
{
    public void Configure(EntityTypeBuilder<ContractKpiReturn> b)
    {
        b.Property(r => r.SubmittedByUserId).HasMaxLength(450);
        b.Property(r => r.SubmittedByName).HasMaxLength(ContractKpiReturn.NameMaxLength);
        b.Property(r => r.Rating).StoredAsText().HasMaxLength(30);
        b.HasOne<Contract>().WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Values).WithOne().HasForeignKey(v => v.ReturnId).OnDelete(DeleteBehavior.Cascade);
        // One return a period: two sent at once cannot both be kept. The contract page reads the latest and the
        // received periods from this index alone.
        b.HasIndex(r => new { r.ContractId, r.PeriodStart }).IsUnique();
    }
}

internal sealed class ContractKpiValueConfiguration : IEntityTypeConfiguration<ContractKpiValue>
{
    public void Configure(EntityTypeBuilder<ContractKpiValue> b)
    {
        b.Property(v => v.Value).HasPrecision(18, 2);
        b.Property(v => v.Comment).HasMaxLength(ContractKpiReturn.CommentMaxLength);
        b.HasOne<ContractKpi>().WithMany().HasForeignKey(v => v.KpiId).OnDelete(DeleteBehavior.Cascade);
        // A KPI's latest value is the last entry of this index.
        b.HasIndex(v => new { v.KpiId, v.PeriodStart }).IsUnique();
    }
}

internal sealed class ContractPerformanceActionConfiguration : IEntityTypeConfiguration<ContractPerformanceAction>
{
    public void Configure(EntityTypeBuilder<ContractPerformanceAction> b)
    {
        b.Property(a => a.Stage).StoredAsText().HasMaxLength(30);
        b.Property(a => a.Agreed).HasMaxLength(ContractPerformanceAction.TextMaxLength);
        b.Property(a => a.Outcome).HasMaxLength(ContractPerformanceAction.TextMaxLength);
        b.Property(a => a.Owner).HasMaxLength(ContractPerformanceAction.NameMaxLength);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne<Contract>().WithMany().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContractKpi>().WithMany().HasForeignKey(a => a.KpiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.ContractId);
        b.HasIndex(a => a.KpiId);
    }
}
