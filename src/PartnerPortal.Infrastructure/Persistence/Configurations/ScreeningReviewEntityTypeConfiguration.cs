using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ScreeningReviewEntityTypeConfiguration : IEntityTypeConfiguration<ScreeningReview>
{
    public void Configure(EntityTypeBuilder<ScreeningReview> builder)
    {
        builder.ToTable("screening_reviews", t =>
        {
            t.HasCheckConstraint("ck_screening_reviews_override_level", "override_level IS NULL OR override_level IN ('Low', 'Medium', 'High')");
            // An override is only ever stored with the reason for it.
            t.HasCheckConstraint("ck_screening_reviews_override_rationale", "override_level IS NULL OR length(btrim(override_rationale)) > 0");
        });
        builder.HasKey(r => new { r.RoundId, r.CountryId, r.TechnologyId });
        builder.Property(r => r.Version).IsRowVersion();
        builder.Property(r => r.OverrideLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.OverrideRationale).HasMaxLength(2000);
        builder.Property(r => r.MitigationText).HasMaxLength(4000);
        builder.HasOne<Round>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(r => r.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Technology>().WithMany().HasForeignKey(r => r.TechnologyId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.Mitigation);
    }
}
