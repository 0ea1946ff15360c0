using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Framework;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class MotivationItemEntityTypeConfiguration : IEntityTypeConfiguration<MotivationItem>
{
    public void Configure(EntityTypeBuilder<MotivationItem> builder)
    {
        builder.ToTable("motivation_items");
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(i => new { i.MotivationId, i.Position }).IsUnique();
    }
}
