using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Countries;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class CountrySelectionCriterionEntityTypeConfiguration : IEntityTypeConfiguration<CountrySelectionCriterion>
{
    public void Configure(EntityTypeBuilder<CountrySelectionCriterion> builder)
    {
        builder.ToTable("country_selection_criteria");
        builder.HasIndex(s => new { s.CountryId, s.Position }).IsUnique();
    }
}
