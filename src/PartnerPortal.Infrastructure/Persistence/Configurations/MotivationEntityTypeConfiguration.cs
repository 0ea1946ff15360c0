using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Framework;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class MotivationEntityTypeConfiguration : IEntityTypeConfiguration<Motivation>
{
    public void Configure(EntityTypeBuilder<Motivation> builder)
    {
        builder.ToTable("motivations");
        builder.Property(m => m.Code).HasMaxLength(40);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MotivationId).OnDelete(DeleteBehavior.Cascade);
    }
}
