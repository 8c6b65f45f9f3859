using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> b)
    {
        b.Property(c => c.AuthorUserId).HasMaxLength(450);
        b.Property(c => c.AuthorName).HasMaxLength(256);
        b.Property(c => c.AuthorOrganisation).HasMaxLength(200);
        b.Property(c => c.Kind).StoredAsText().HasMaxLength(30);
        b.Property(c => c.Effect).StoredAsText().HasMaxLength(30);
        b.Property(c => c.Text).HasMaxLength(Contribution.TextMaxLength);
        b.Property(c => c.Response).HasMaxLength(Contribution.TextMaxLength);
        b.Property(c => c.RespondedBy).HasMaxLength(256);
        // The ranking is a short ordered list of option ids, kept as text.
        b.Property(c => c.Ranking)
            .HasConversion(ListColumn<Guid>.Converter, ListColumn<Guid>.Comparer)
            .HasMaxLength(2000);
        b.HasOne<Appraisal>().WithMany().HasForeignKey(c => c.AppraisalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.AppraisalId, c.SubmittedAt });
    }
}

internal sealed class AppraisalQuestionConfiguration : IEntityTypeConfiguration<AppraisalQuestion>
{
    public void Configure(EntityTypeBuilder<AppraisalQuestion> b)
    {
        b.Property(q => q.AskedBy).HasMaxLength(256);
        b.Property(q => q.AnsweredBy).HasMaxLength(256);
        b.Property(q => q.Question).HasMaxLength(AppraisalQuestion.TextMaxLength);
        b.Property(q => q.Answer).HasMaxLength(AppraisalQuestion.TextMaxLength);
        b.HasOne<Appraisal>().WithMany().HasForeignKey(q => q.AppraisalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(q => new { q.AppraisalId, q.AskedAt });
    }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.Property(n => n.SubjectType).HasMaxLength(50);
        b.Property(n => n.RecipientUserId).HasMaxLength(450);
        b.Property(n => n.RecipientName).HasMaxLength(256);
        b.Property(n => n.Channel).StoredAsText().HasMaxLength(20);
        b.Property(n => n.Address).HasMaxLength(320);
        b.Property(n => n.Format).HasMaxLength(50);
        b.Property(n => n.Language).HasMaxLength(100);
        b.Property(n => n.FollowUp).HasMaxLength(500);
        b.Property(n => n.Title).HasMaxLength(300);
        b.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(n => new { n.RecipientUserId, n.CreatedAt });
        b.HasIndex(n => new { n.SubjectType, n.SubjectId });
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(m => m.To).HasMaxLength(320);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.HasIndex(m => new { m.SentAt, m.CreatedAt });
    }
}

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> b)
    {
        b.HasKey(r => r.Key);
        b.Property(r => r.Key).HasMaxLength(SentReminder.KeyMaxLength);
    }
}

internal sealed class CacheGenerationConfiguration : IEntityTypeConfiguration<Infrastructure.Fleet.CacheGeneration>
{
    public void Configure(EntityTypeBuilder<Infrastructure.Fleet.CacheGeneration> b)
    {
        b.Property(g => g.Id).ValueGeneratedNever();
        b.HasData(new Infrastructure.Fleet.CacheGeneration());
    }
}
