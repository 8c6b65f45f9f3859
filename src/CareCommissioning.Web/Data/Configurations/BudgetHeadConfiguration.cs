using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class BudgetHeadConfiguration : IEntityTypeConfiguration<BudgetHead>
{
    public void Configure(EntityTypeBuilder<BudgetHead> b)
    {
        b.Property(h => h.Source).StoredAsNumber();
        b.Property(h => h.Name).HasMaxLength(BudgetHead.NameMaxLength);
        b.Property(h => h.Code).HasMaxLength(50);
        b.Property(h => h.Description).HasMaxLength(2000);
        b.Property(h => h.Version).IsConcurrencyToken();
        b.HasOne<Organisation>().WithMany().HasForeignKey(h => h.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(h => new
        {
            h.OrganisationId,
            h.Archived,
            h.Name,
        });
    }
}
