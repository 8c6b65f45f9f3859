using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class AppraisalConfiguration : IEntityTypeConfiguration<Appraisal>
{
    public void Configure(EntityTypeBuilder<Appraisal> b)
    {
        b.Property(a => a.Title).HasMaxLength(Appraisal.TitleMaxLength);
        b.Property(a => a.Schedule).HasMaxLength(20);
        b.Property(a => a.Status).StoredAsText().HasMaxLength(30);
        // The content is one document so a version can be frozen whole (decision 0009).
        b.Property(a => a.Content).HasConversion(AppraisalJson.Converter, AppraisalJson.Comparer);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Ignore(a => a.BaseFinancialYear);
        b.Ignore(a => a.Editable);
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ServiceLine>().WithMany().HasForeignKey(a => a.ServiceLineId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(a => new
        {
            a.OrganisationId,
            a.Status,
            a.Title,
        });
    }
}

internal sealed class AppraisalVersionConfiguration : IEntityTypeConfiguration<AppraisalVersion>
{
    public void Configure(EntityTypeBuilder<AppraisalVersion> b)
    {
        b.Property(v => v.Title).HasMaxLength(Appraisal.TitleMaxLength);
        b.Property(v => v.Schedule).HasMaxLength(20);
        b.Property(v => v.Status).StoredAsText().HasMaxLength(30);
        b.Property(v => v.Content).HasConversion(AppraisalJson.Converter, AppraisalJson.Comparer);
        b.Property(v => v.FrozenBy).HasMaxLength(256);
        b.Property(v => v.Note).HasMaxLength(2000);
        b.HasOne<Appraisal>().WithMany().HasForeignKey(v => v.AppraisalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(v => new { v.AppraisalId, v.Number }).IsUnique();
    }
}
