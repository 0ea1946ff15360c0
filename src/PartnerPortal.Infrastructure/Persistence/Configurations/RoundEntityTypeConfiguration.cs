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
        builder.Property(r => r.Origin).HasConversion<string>().HasMaxLength(20).HasDefaultValue(RoundOrigin.Manual);
        builder.Property(r => r.LonglistRequiredCount).HasDefaultValue(5);
        builder.Property(r => r.RankingMethod).HasConversion<string>().HasMaxLength(20).HasDefaultValue(Domain.Scoring.RankingMethod.WeightedSum);
        builder.Property(r => r.AhpMethod).HasConversion<string>().HasMaxLength(20).HasDefaultValue(Domain.Scoring.AhpMethod.Eigenvector);
        builder.Property(r => r.MaxTechnologies).HasDefaultValue(16);
        builder.Property(r => r.MaxPartnersPerTechnology).HasDefaultValue(11);
        builder.Property(r => r.MaxOpportunitiesPerCountry).HasDefaultValue(11);
        builder.Property(r => r.CoverEveryTheme).HasDefaultValue(true);
        builder.Property(r => r.RequireEmergingPartner).HasDefaultValue(true);
        builder.Property(r => r.MinimumRegions).HasDefaultValue(3);
        builder.Property(r => r.DisagreementStandardDeviation).HasDefaultValue(1.0);
        builder.Property(r => r.DisagreementRange).HasDefaultValue(2);
        builder.Property(r => r.SensitivityDraws).HasDefaultValue(1000);
        builder.Property(r => r.SensitivityPerturbation).HasDefaultValue(0.20);
        builder.Property(r => r.SensitivitySeed).HasDefaultValue(1);
        builder.Property(r => r.ScreeningRule).HasMaxLength(12).IsFixedLength().HasDefaultValue(Domain.ResearchSecurity.ScreeningMatrix.Default.Code);
        builder.Property(r => r.RequireMitigationForHigh).HasDefaultValue(false);
        builder.Property(r => r.HighLevelPairs).HasConversion<string>().HasMaxLength(20).HasDefaultValue(Domain.ResearchSecurity.HighLevelPairPolicy.Flag);
        builder.Ignore(r => r.Screening);
        builder.Ignore(r => r.LonglistRule);
        builder.Ignore(r => r.PortfolioConstraints);
        builder.Ignore(r => r.DisagreementThresholds);
        builder.Ignore(r => r.SensitivityOptions);
        builder.Ignore(r => r.IsPublished);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_rounds_screening_rule", "screening_rule ~ '^[1-3]{12}$'");
            t.HasCheckConstraint("ck_rounds_high_level_pairs", "high_level_pairs IN ('Flag', 'Exclude')");
            t.HasCheckConstraint("ck_rounds_origin", "origin IN ('Manual', 'Generated', 'Example')");
            t.HasCheckConstraint("ck_rounds_longlist_required_count", "longlist_required_count BETWEEN 0 AND 5");
            t.HasCheckConstraint("ck_rounds_portfolio", "max_technologies >= 1 AND max_partners_per_technology >= 1 AND max_opportunities_per_country >= 1 AND minimum_regions >= 0");
            t.HasCheckConstraint("ck_rounds_disagreement", "disagreement_standard_deviation > 0 AND disagreement_range >= 1");
            t.HasCheckConstraint("ck_rounds_sensitivity", "sensitivity_draws BETWEEN 1 AND 100000 AND sensitivity_perturbation >= 0 AND sensitivity_perturbation < 1");
        });
        builder.HasOne(r => r.HomeCountry).WithMany().HasForeignKey(r => r.HomeCountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Countries).WithOne().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Technologies).WithOne().HasForeignKey(t => t.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Analysts).WithOne().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
