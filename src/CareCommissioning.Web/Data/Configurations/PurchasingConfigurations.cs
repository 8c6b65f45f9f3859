using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

/// <summary>Purchasing rules (versioned, never edited in force), purchase requests with their quotes and advice,
/// orders, evaluations and process changes.</summary>
internal sealed class PurchasingRuleSetConfiguration : IEntityTypeConfiguration<PurchasingRuleSet>
{
    public void Configure(EntityTypeBuilder<PurchasingRuleSet> b)
    {
        b.Property(r => r.ChangeNote).HasMaxLength(2000);
        b.Property(r => r.CreatedByUserId).HasMaxLength(450);
        b.HasMany(r => r.Bands).WithOne().HasForeignKey(x => x.RuleSetId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.ApprovalLimits).WithOne().HasForeignKey(x => x.RuleSetId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.OrganisationId, r.VersionNumber }).IsUnique();
    }
}

internal sealed class PurchasingBandConfiguration : IEntityTypeConfiguration<PurchasingBand>
{
    public void Configure(EntityTypeBuilder<PurchasingBand> b)
    {
        b.Property(x => x.From).HasPrecision(18, 2);
        b.Property(x => x.Route).StoredAsText().HasMaxLength(30);
    }
}

internal sealed class ApprovalLimitConfiguration : IEntityTypeConfiguration<ApprovalLimit>
{
    public void Configure(EntityTypeBuilder<ApprovalLimit> b)
    {
        b.Property(x => x.Role).StoredAsText().HasMaxLength(30);
        b.Property(x => x.Limit).HasPrecision(18, 2);
    }
}

internal sealed class PurchaseRequestConfiguration : IEntityTypeConfiguration<PurchaseRequest>
{
    public void Configure(EntityTypeBuilder<PurchaseRequest> b)
    {
        b.Property(p => p.RequestedByUserId).HasMaxLength(450);
        b.Property(p => p.Status).StoredAsText().HasMaxLength(20);
        b.Property(p => p.Description).HasMaxLength(PurchaseRequest.TextMaxLength);
        b.Property(p => p.Category).HasMaxLength(10);
        b.Property(p => p.Quantity).HasPrecision(18, 4);
        b.Property(p => p.Unit).HasMaxLength(50);
        foreach (
            var text in new[]
            {
                nameof(PurchaseRequest.OutcomeSupported),
                nameof(PurchaseRequest.OthersBuyingSame),
                nameof(PurchaseRequest.HowPeopleAreInvolved),
                nameof(PurchaseRequest.RouteReason),
                nameof(PurchaseRequest.DepartureReason),
                nameof(PurchaseRequest.SelectionReasons),
                nameof(PurchaseRequest.DecisionReason),
                nameof(PurchaseRequest.CancelledReason),
            }
        )
            b.Property(text).HasMaxLength(PurchaseRequest.TextMaxLength);
        b.Property(p => p.EstimatedValue).HasPrecision(18, 2);
        b.Property(p => p.RecommendedRoute).StoredAsText().HasMaxLength(30);
        b.Property(p => p.ChosenRoute).StoredAsText().HasMaxLength(30);
        b.Property(p => p.CostScoring).StoredAsText().HasMaxLength(20);
        b.Property(p => p.Decision).StoredAsText().HasMaxLength(20);
        b.Property(p => p.ApproverUserId).HasMaxLength(450);
        b.Property(p => p.CancelledByUserId).HasMaxLength(450);
        b.Property(p => p.ChosenSupplierName).HasMaxLength(Supplier.NameMaxLength);
        b.Property(p => p.OrderNumber).HasMaxLength(20);
        b.Property(p => p.CommittedSpend).HasPrecision(18, 4);
        // Small value objects read and written whole with the request: kept as JSON.
        b.Property(p => p.WholeLife)
            .HasConversion(JsonColumn<WholeLifeCostInputs>.Converter, JsonColumn<WholeLifeCostInputs>.Comparer);
        b.Property(p => p.Weights)
            .HasConversion(
                JsonColumn<SupplierSelectionWeights>.Converter,
                JsonColumn<SupplierSelectionWeights>.Comparer
            );
        b.Property(p => p.ProcessMeasures)
            .HasConversion(JsonColumn<List<ProcessMeasure>>.Converter, JsonColumn<List<ProcessMeasure>>.Comparer);
        b.HasMany(p => p.Quotes).WithOne().HasForeignKey(q => q.PurchaseRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Advice).WithOne().HasForeignKey(a => a.PurchaseRequestId).OnDelete(DeleteBehavior.Cascade);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.EstimatedValueIncludingVat);
        b.Ignore(p => p.ChosenQuote);
        b.Ignore(p => p.DepartsFromRecommendation);
        b.Ignore(p => p.ValueToApprove);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BudgetHead>().WithMany().HasForeignKey(p => p.BudgetHeadId).OnDelete(DeleteBehavior.Restrict);
        // The indexes serve the specialists' list and dashboard at county scale (100,000 purchases of one organisation,
        // so the organisation alone narrows nothing): each filter reads a narrow index, in date order where the list
        // pages newest first, with the columns it tests carried in the index so counting never touches the wide rows.
        // Status, with route, compliance and value band (and the dashboard's routes), newest first.
        b.HasIndex(p => new
        {
            p.OrganisationId,
            p.Status,
            p.CreatedAt,
            p.ChosenRoute,
            p.Compliant,
            p.EstimatedPenceIncludingVat,
        });
        // No filter, or none of the others: newest first.
        b.HasIndex(p => new { p.OrganisationId, p.CreatedAt });
        // Category with the value band; and the dashboard's spend by CPV division.
        b.HasIndex(p => new
        {
            p.OrganisationId,
            p.Category,
            p.EstimatedPenceIncludingVat,
            p.CommittedSpend,
        });
        b.HasIndex(p => new
        {
            p.OrganisationId,
            p.Compliant,
            p.CreatedAt,
        });
        b.HasIndex(p => new
        {
            p.OrganisationId,
            p.ChosenSupplierId,
            p.CreatedAt,
        });
        // The supplier's name: the names that match, then their rows; and the dashboard's spend by supplier.
        b.HasIndex(p => new
        {
            p.OrganisationId,
            p.ChosenSupplierName,
            p.CommittedSpend,
        });
        // "My purchases".
        b.HasIndex(p => new { p.RequestedByUserId, p.CreatedAt });
        // Requests whose list columns are still to fill (pence −1, PurchaseListColumns.BackfillAsync): empty once
        // filled, so the check at every start-up reads an empty index instead of the whole table.
        b.HasIndex(p => p.EstimatedPenceIncludingVat)
            .HasFilter("\"EstimatedPenceIncludingVat\" < 0")
            .HasDatabaseName("IX_PurchaseRequests_ListColumnsToFill");
    }
}

internal sealed class PurchaseQuoteConfiguration : IEntityTypeConfiguration<PurchaseQuote>
{
    public void Configure(EntityTypeBuilder<PurchaseQuote> b)
    {
        b.Property(q => q.SupplierName).HasMaxLength(Supplier.NameMaxLength);
        b.Property(q => q.Price).HasPrecision(18, 2);
        b.Property(q => q.WholeLifeCost).HasPrecision(18, 2);
        b.Property(q => q.Reference).HasMaxLength(100);
        b.Property(q => q.Scores)
            .HasConversion(JsonColumn<List<QuoteScore>>.Converter, JsonColumn<List<QuoteScore>>.Comparer);
        b.Ignore(q => q.CostForScoring);
        b.HasOne<Supplier>().WithMany().HasForeignKey(q => q.SupplierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(q => q.SupplierId);
    }
}

internal sealed class PurchaseAdviceConfiguration : IEntityTypeConfiguration<PurchaseAdvice>
{
    public void Configure(EntityTypeBuilder<PurchaseAdvice> b)
    {
        b.Property(a => a.AskedByUserId).HasMaxLength(450);
        b.Property(a => a.AnsweredByUserId).HasMaxLength(450);
        b.Property(a => a.Question).HasMaxLength(PurchaseAdvice.TextMaxLength);
        b.Property(a => a.Answer).HasMaxLength(PurchaseAdvice.TextMaxLength);
        b.Ignore(a => a.IsAnswered);
    }
}

internal sealed class PurchaseOrderConfiguration : IEntityTypeConfiguration<PurchaseOrder>
{
    public void Configure(EntityTypeBuilder<PurchaseOrder> b)
    {
        b.Property(o => o.Number).HasMaxLength(20);
        b.Property(o => o.IssuedByUserId).HasMaxLength(450);
        b.Property(o => o.Amount).HasPrecision(18, 2);
        b.Property(o => o.ActualCost).HasPrecision(18, 2);
        b.Property(o => o.QualityDeliveredNote).HasMaxLength(PurchaseRequest.TextMaxLength);
        b.Ignore(o => o.IsReceived);
        b.HasOne<PurchaseRequest>().WithMany().HasForeignKey(o => o.PurchaseRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Supplier>().WithMany().HasForeignKey(o => o.SupplierId).OnDelete(DeleteBehavior.Restrict);
        // Order numbers run per organisation and never repeat.
        b.HasIndex(o => new { o.OrganisationId, o.Number }).IsUnique();
        b.HasIndex(o => o.PurchaseRequestId).IsUnique();
        b.HasIndex(o => new { o.SupplierId, o.IssuedOn });
    }
}

internal sealed class PurchaseEvaluationConfiguration : IEntityTypeConfiguration<PurchaseEvaluation>
{
    public void Configure(EntityTypeBuilder<PurchaseEvaluation> b)
    {
        b.Property(e => e.EvaluatedByUserId).HasMaxLength(450);
        b.Property(e => e.EffectivenessNotes).HasMaxLength(PurchaseEvaluation.TextMaxLength);
        b.Property(e => e.ValueForMoney).StoredAsText().HasMaxLength(20);
        b.Property(e => e.ValueForMoneyNotes).HasMaxLength(PurchaseEvaluation.TextMaxLength);
        b.Property(e => e.Benefits).HasMaxLength(PurchaseEvaluation.TextMaxLength);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasOne<PurchaseRequest>().WithMany().HasForeignKey(e => e.PurchaseRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.PurchaseRequestId).IsUnique();
    }
}

internal sealed class ProcessChangeProposalConfiguration : IEntityTypeConfiguration<ProcessChangeProposal>
{
    public void Configure(EntityTypeBuilder<ProcessChangeProposal> b)
    {
        b.Property(p => p.ProposedByUserId).HasMaxLength(450);
        b.Property(p => p.DecidedByUserId).HasMaxLength(450);
        b.Property(p => p.WhatToChange).HasMaxLength(ProcessChangeProposal.TextMaxLength);
        b.Property(p => p.Why).HasMaxLength(ProcessChangeProposal.TextMaxLength);
        b.Property(p => p.DecisionReason).HasMaxLength(ProcessChangeProposal.TextMaxLength);
        b.Property(p => p.Status).StoredAsText().HasMaxLength(20);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasMany(p => p.Comments).WithOne().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new
        {
            p.OrganisationId,
            p.Status,
            p.ProposedAt,
        });
    }
}

internal sealed class ProcessChangeCommentConfiguration : IEntityTypeConfiguration<ProcessChangeComment>
{
    public void Configure(EntityTypeBuilder<ProcessChangeComment> b)
    {
        b.Property(c => c.AuthorUserId).HasMaxLength(450);
        b.Property(c => c.Text).HasMaxLength(ProcessChangeProposal.TextMaxLength);
    }
}
