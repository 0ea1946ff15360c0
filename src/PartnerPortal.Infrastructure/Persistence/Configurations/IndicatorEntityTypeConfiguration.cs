using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Indicators;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class IndicatorEntityTypeConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.Property(i => i.Version).IsRowVersion();
        builder.Property(i => i.Code).HasMaxLength(100);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.Property(i => i.Unit).HasMaxLength(100);
        builder.Property(i => i.Source).HasMaxLength(300);
        builder.Property(i => i.Description).HasMaxLength(2000);
    }
}
