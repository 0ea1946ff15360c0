using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class CountryCooperationConditionsEntityTypeConfiguration : IEntityTypeConfiguration<CountryCooperationConditions>
{
    public void Configure(EntityTypeBuilder<CountryCooperationConditions> builder)
    {
        builder.ToTable("country_cooperation_conditions", t =>
            t.HasCheckConstraint("ck_country_cooperation_conditions_risk_level", "risk_level IN ('Unknown', 'Low', 'Medium', 'High')"));
        builder.HasKey(c => new { c.HomeCountryId, c.CountryId });
        builder.Property(c => c.Version).IsRowVersion();
        builder.Property(c => c.ReciprocityConcerns).HasMaxLength(2000);
        builder.Property(c => c.ValuesNote).HasMaxLength(2000);
        builder.Property(c => c.RiskLevel).HasConversion<string>().HasMaxLength(20).HasDefaultValue(CountryRiskLevel.Unknown);
        builder.Property(c => c.RiskRationale).HasMaxLength(2000);
        builder.Property(c => c.Sources).HasMaxLength(2000);
        builder.HasOne<Country>().WithMany().HasForeignKey(c => c.HomeCountryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(c => c.CountryId).OnDelete(DeleteBehavior.Cascade);
    }
}
