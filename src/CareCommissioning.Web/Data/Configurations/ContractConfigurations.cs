using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

/// <summary>The contracts register: a contract, and its variations with the value history they keep.</summary>
internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> b)
    {
        b.Property(c => c.Reference).HasMaxLength(Contract.ReferenceMaxLength);
        b.Property(c => c.Title).HasMaxLength(Contract.TitleMaxLength);
        b.Property(c => c.Description).HasMaxLength(Contract.TextMaxLength);
        b.Property(c => c.CpvCode).HasMaxLength(10);
        b.Property(c => c.Type).StoredAsText().HasMaxLength(40);
        b.Property(c => c.Status).StoredAsText().HasMaxLength(20);
        b.Property(c => c.AwardRoute).StoredAsText().HasMaxLength(40);
        b.Property(c => c.Value).HasPrecision(18, 2);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.LatestEndDate);
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>()
            .WithMany()
            .HasForeignKey(c => c.ProviderOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Supplier>().WithMany().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Appraisal>().WithMany().HasForeignKey(c => c.AppraisalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContractDesign>().WithMany().HasForeignKey(c => c.DesignId).OnDelete(DeleteBehavior.Restrict);
        // The register's list filters by organisation and status and sorts or filters by end date; a provider's
        // users find their contracts by provider organisation; a reference is unique within an organisation.
        b.HasIndex(c => new
        {
            c.OrganisationId,
            c.Status,
            c.EndDate,
        });
        b.HasIndex(c => c.ProviderOrganisationId);
        b.HasIndex(c => c.SupplierId);
        b.HasIndex(c => new { c.OrganisationId, c.Reference }).IsUnique();
    }
}

internal sealed class ContractVariationConfiguration : IEntityTypeConfiguration<ContractVariation>
{
    public void Configure(EntityTypeBuilder<ContractVariation> b)
    {
        b.Property(v => v.Reason).HasMaxLength(ContractVariation.TextMaxLength);
        b.Property(v => v.Justification).HasMaxLength(ContractVariation.TextMaxLength);
        b.Property(v => v.DecisionNote).HasMaxLength(ContractVariation.TextMaxLength);
        b.Property(v => v.RequestedByUserId).HasMaxLength(450);
        b.Property(v => v.DecidedByUserId).HasMaxLength(450);
        b.Property(v => v.RequestedByName).HasMaxLength(ContractVariation.NameMaxLength);
        b.Property(v => v.DecidedByName).HasMaxLength(ContractVariation.NameMaxLength);
        b.Property(v => v.Status).StoredAsText().HasMaxLength(20);
        b.Property(v => v.ValueChange).HasPrecision(18, 2);
        b.Property(v => v.ValueBefore).HasPrecision(18, 2);
        b.Property(v => v.ValueAfter).HasPrecision(18, 2);
        b.Property(v => v.Version).IsConcurrencyToken();
        b.HasOne<Contract>().WithMany().HasForeignKey(v => v.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(v => new { v.ContractId, v.Status });
    }
}
