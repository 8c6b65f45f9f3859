using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareCommissioning.Web.Data.Configurations;

internal sealed class DemandFigureConfiguration : IEntityTypeConfiguration<DemandFigure>
{
    public void Configure(EntityTypeBuilder<DemandFigure> b)
    {
        b.Property(f => f.Basis).StoredAsNumber();
        b.Property(f => f.Volume).HasPrecision(18, 4);
        b.Property(f => f.Source).HasMaxLength(ServiceLine.SourceMaxLength);
        b.HasOne<ServiceLine>().WithMany().HasForeignKey(f => f.ServiceLineId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.ServiceLineId, f.Year }).IsUnique();
    }
}
