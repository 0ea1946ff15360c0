using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Rounds;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class RoundEntityTypeConfiguration : IEntityTypeConfiguration<Round>
{
    public void Configure(EntityTypeBuilder<Round> builder)
    {
        builder.ToTable("rounds");
        builder.Property(r => r.Version).IsRowVersion();
        builder.Property(r => r.Slug).HasMaxLength(80);
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(300);
        builder.Property(r => r.Agency).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.LonglistRequiredCount).HasDefaultValue(5);
        builder.Property(r => r.RankingMethod).HasConversion<string>().HasMaxLength(20).HasDefaultValue(Domain.Scoring.RankingMethod.WeightedSum);
        builder.Ignore(r => r.LonglistRule);
        builder.ToTable(t => t.HasCheckConstraint("ck_rounds_longlist_required_count", "longlist_required_count BETWEEN 0 AND 5"));
        builder.HasOne(r => r.HomeCountry).WithMany().HasForeignKey(r => r.HomeCountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Countries).WithOne().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Technologies).WithOne().HasForeignKey(t => t.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
