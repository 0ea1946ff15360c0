using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Contradictions;
using PartnerPortal.Domain.Framework;
using PartnerPortal.Domain.Indicators;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class CriterionIndicatorLinkEntityTypeConfiguration : IEntityTypeConfiguration<CriterionIndicatorLink>
{
    public void Configure(EntityTypeBuilder<CriterionIndicatorLink> builder)
    {
        builder.ToTable("criterion_indicator_links");
        builder.HasKey(l => new { l.CriterionId, l.IndicatorId });
        builder.Property(l => l.HigherValueSupportsHigherScore).HasDefaultValue(true);
        builder.HasOne<Criterion>().WithMany().HasForeignKey(l => l.CriterionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(l => l.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}
