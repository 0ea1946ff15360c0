using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class TechGroupEntityTypeConfiguration : IEntityTypeConfiguration<TechGroup>
{
    public void Configure(EntityTypeBuilder<TechGroup> builder)
    {
        builder.ToTable("tech_groups");
        builder.Property(g => g.Version).IsRowVersion();
        builder.Property(g => g.Letter).HasMaxLength(4);
        builder.HasIndex(g => g.Letter).IsUnique();
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.HasOne(g => g.Theme).WithMany().HasForeignKey(g => g.ThemeId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(g => g.Label);
    }
}
