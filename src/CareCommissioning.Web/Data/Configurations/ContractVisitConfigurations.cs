using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class ContractVisitConfiguration : IEntityTypeConfiguration<ContractVisit>
{
    public void Configure(EntityTypeBuilder<ContractVisit> b)
    {
        b.Property(v => v.Trigger).StoredAsText().HasMaxLength(30);
        b.Property(v => v.TriggerDescription).HasMaxLength(ContractVisit.TextMaxLength);
        b.Property(v => v.VisitedBy).HasMaxLength(ContractVisit.NameMaxLength);
        b.Property(v => v.EvidenceRequested).HasMaxLength(ContractVisit.TextMaxLength);
        b.Property(v => v.Findings).HasMaxLength(ContractVisit.TextMaxLength);
        b.Property(v => v.FollowUp).HasMaxLength(ContractVisit.TextMaxLength);
        b.Property(v => v.Version).IsConcurrencyToken();
        b.HasOne<Contract>().WithMany().HasForeignKey(v => v.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(v => v.ContractId);
    }
}

internal sealed class ContractFeedbackConfiguration : IEntityTypeConfiguration<ContractFeedback>
{
    public void Configure(EntityTypeBuilder<ContractFeedback> b)
    {
        b.Property(f => f.Source).StoredAsText().HasMaxLength(30);
        b.Property(f => f.Channel).StoredAsText().HasMaxLength(30);
        b.Property(f => f.Kind).StoredAsText().HasMaxLength(30);
        b.Property(f => f.FromName).HasMaxLength(ContractFeedback.NameMaxLength);
        b.Property(f => f.Said).HasMaxLength(ContractFeedback.TextMaxLength);
        b.Property(f => f.ActionTaken).HasMaxLength(ContractFeedback.TextMaxLength);
        b.Property(f => f.RecordedByName).HasMaxLength(ContractFeedback.NameMaxLength);
        b.HasOne<Contract>().WithMany().HasForeignKey(f => f.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => new { f.ContractId, f.ReceivedOn });
    }
}
