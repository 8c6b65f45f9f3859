using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class BudgetAllocationConfiguration : IEntityTypeConfiguration<BudgetAllocation>
{
    public void Configure(EntityTypeBuilder<BudgetAllocation> b)
    {
        b.Property(a => a.Amount).HasPrecision(18, 2);
        b.Property(a => a.Note).HasMaxLength(500);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne<BudgetHead>().WithMany().HasForeignKey(a => a.BudgetHeadId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.BudgetHeadId, a.Year }).IsUnique();
    }
}
