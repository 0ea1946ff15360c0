using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class TechnologyEntityTypeConfiguration : IEntityTypeConfiguration<Technology>
{
    public void Configure(EntityTypeBuilder<Technology> builder)
    {
        builder.ToTable("technologies");
        builder.Property(t => t.Version).IsRowVersion();
        builder.Property(t => t.Slug).HasMaxLength(80);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.ShortName).HasMaxLength(200);
        builder.HasOne(t => t.TechGroup).WithMany().HasForeignKey(t => t.TechGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Domains).WithOne().HasForeignKey(d => d.TechnologyId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.Rationale);
    }
}
