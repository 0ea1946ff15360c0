using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Indicators;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class IndicatorImportEntityTypeConfiguration : IEntityTypeConfiguration<IndicatorImport>
{
    public void Configure(EntityTypeBuilder<IndicatorImport> builder)
    {
        builder.ToTable("indicator_imports");
        builder.Property(i => i.FileName).HasMaxLength(500);
        builder.Property(i => i.Format).HasMaxLength(20);
        builder.Property(i => i.ImportedBy).HasMaxLength(256);
    }
}
