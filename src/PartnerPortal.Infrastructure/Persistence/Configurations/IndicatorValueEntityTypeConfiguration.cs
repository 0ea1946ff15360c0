using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Indicators;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class IndicatorValueEntityTypeConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("indicator_values");
        builder.HasKey(v => new { v.IndicatorId, v.CountryId, v.Year });
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(v => v.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IndicatorImport>().WithMany().HasForeignKey(v => v.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}
