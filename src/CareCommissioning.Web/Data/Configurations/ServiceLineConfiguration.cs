using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class ServiceLineConfiguration : IEntityTypeConfiguration<ServiceLine>
{
    public void Configure(EntityTypeBuilder<ServiceLine> b)
    {
        b.Property(s => s.Name).HasMaxLength(ServiceLine.NameMaxLength);
        b.Property(s => s.Description).HasMaxLength(2000);
        b.Property(s => s.Unit).HasMaxLength(ServiceLine.UnitMaxLength);
        b.Property(s => s.UnitCostSource).HasMaxLength(ServiceLine.SourceMaxLength);
        b.Property(s => s.PriceInflationSource).HasMaxLength(ServiceLine.SourceMaxLength);
        b.Property(s => s.GeneralInflationSource).HasMaxLength(ServiceLine.SourceMaxLength);
        // Money and rates keep their full decimal precision on both providers.
        b.Property(s => s.UnitCost).HasPrecision(18, 4);
        b.Property(s => s.PriceInflation).HasPrecision(9, 6);
        b.Property(s => s.GeneralInflation).HasPrecision(9, 6);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.BaseFinancialYear);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new
        {
            s.OrganisationId,
            s.Archived,
            s.Name,
        });
    }
}
