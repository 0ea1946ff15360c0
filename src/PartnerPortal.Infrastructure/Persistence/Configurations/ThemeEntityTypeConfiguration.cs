using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ThemeEntityTypeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.ToTable("themes");
        builder.Property(t => t.Version).IsRowVersion();
        builder.Property(t => t.Code).HasMaxLength(40);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.LonglistHeading).HasMaxLength(200);
        builder.Property(t => t.ShortlistHeading).HasMaxLength(200);
    }
}
