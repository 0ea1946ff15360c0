using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Framework;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ScaleLevelEntityTypeConfiguration : IEntityTypeConfiguration<ScaleLevel>
{
    public void Configure(EntityTypeBuilder<ScaleLevel> builder)
    {
        builder.ToTable("scale_levels", table => table.HasCheckConstraint("ck_scale_levels_level", "level BETWEEN 1 AND 5"));
        builder.Property(l => l.Version).IsRowVersion();
        builder.HasIndex(l => new { l.CriterionId, l.Level }).IsUnique();
        builder.Property(l => l.Description).HasMaxLength(1000);
    }
}
