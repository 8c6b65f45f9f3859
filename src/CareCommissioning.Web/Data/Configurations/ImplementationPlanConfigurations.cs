using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

/// <summary>A contract's implementation plan: one per contract, its activities, changes, shares and
/// reflections.</summary>
internal sealed class ImplementationPlanConfiguration : IEntityTypeConfiguration<ImplementationPlan>
{
    public void Configure(EntityTypeBuilder<ImplementationPlan> b)
    {
        b.Property(p => p.Summary).HasMaxLength(ImplementationPlan.TextMaxLength);
        b.Property(p => p.Resources).HasMaxLength(ImplementationPlan.TextMaxLength);
        b.Property(p => p.ContingencyBudget).HasPrecision(18, 2);
        b.Property(p => p.ContingencySpent).HasPrecision(18, 2);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.ChangeStartsNewVersion);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contract>().WithMany().HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Cascade);
        // One plan per contract: two people setting it out at once cannot make two.
        b.HasIndex(p => p.ContractId).IsUnique();
    }
}

internal sealed class PlanActivityConfiguration : IEntityTypeConfiguration<PlanActivity>
{
    public void Configure(EntityTypeBuilder<PlanActivity> b)
    {
        b.Property(a => a.Title).HasMaxLength(PlanActivity.TitleMaxLength);
        b.Property(a => a.Owner).HasMaxLength(PlanActivity.TitleMaxLength);
        b.Property(a => a.Resources).HasMaxLength(PlanActivity.TextMaxLength);
        b.Property(a => a.RegulatoryRequirement).HasMaxLength(PlanActivity.TextMaxLength);
        b.Property(a => a.Contingency).HasMaxLength(PlanActivity.TextMaxLength);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne<ImplementationPlan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContractOutcome>().WithMany().HasForeignKey(a => a.OutcomeId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Risk>().WithMany().HasForeignKey(a => a.RiskId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<ContractProvision>().WithMany().HasForeignKey(a => a.ProvisionId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(a => new { a.PlanId, a.DueDate });
    }
}

internal sealed class PlanChangeConfiguration : IEntityTypeConfiguration<PlanChange>
{
    public void Configure(EntityTypeBuilder<PlanChange> b)
    {
        b.Property(c => c.Reason).HasMaxLength(PlanChange.TextMaxLength);
        b.Property(c => c.What).HasMaxLength(PlanChange.TextMaxLength);
        b.Property(c => c.ByName).HasMaxLength(PlanChange.NameMaxLength);
        b.HasOne<ImplementationPlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.PlanId, c.At });
    }
}

internal sealed class PlanShareConfiguration : IEntityTypeConfiguration<PlanShare>
{
    public void Configure(EntityTypeBuilder<PlanShare> b)
    {
        b.Property(s => s.Formats).StoredAsNumber();
        b.Property(s => s.Recipients).HasMaxLength(PlanShare.RecipientsMaxLength);
        b.Property(s => s.Note).HasMaxLength(ImplementationPlan.TextMaxLength);
        b.Property(s => s.ByName).HasMaxLength(PlanChange.NameMaxLength);
        b.HasOne<ImplementationPlan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.PlanId, s.At });
    }
}

internal sealed class PlanReflectionConfiguration : IEntityTypeConfiguration<PlanReflection>
{
    public void Configure(EntityTypeBuilder<PlanReflection> b)
    {
        b.Property(r => r.WhatWentWell).HasMaxLength(ImplementationPlan.TextMaxLength);
        b.Property(r => r.AreasForDevelopment).HasMaxLength(ImplementationPlan.TextMaxLength);
        b.Property(r => r.Actions).HasMaxLength(ImplementationPlan.TextMaxLength);
        b.Property(r => r.ByName).HasMaxLength(PlanChange.NameMaxLength);
        b.HasOne<ImplementationPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.PlanId, r.At });
    }
}

internal sealed class RiskAppetiteLimitConfiguration : IEntityTypeConfiguration<RiskAppetiteLimit>
{
    public void Configure(EntityTypeBuilder<RiskAppetiteLimit> b)
    {
        b.Property(l => l.Category).StoredAsText().HasMaxLength(20);
        b.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => new { l.OrganisationId, l.Category }).IsUnique();
    }
}
