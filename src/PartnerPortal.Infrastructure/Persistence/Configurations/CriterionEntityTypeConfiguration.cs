using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Framework;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class CriterionEntityTypeConfiguration : IEntityTypeConfiguration<Criterion>
{
    public void Configure(EntityTypeBuilder<Criterion> builder)
    {
        builder.ToTable("criteria");
        builder.Property(c => c.Version).IsRowVersion();
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(c => c.GuidingQuestions).WithOne().HasForeignKey(q => q.CriterionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.ScaleLevels).WithOne().HasForeignKey(l => l.CriterionId).OnDelete(DeleteBehavior.Cascade);
    }
}
