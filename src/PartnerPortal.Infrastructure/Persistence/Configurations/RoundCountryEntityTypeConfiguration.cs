using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Rounds;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class RoundCountryEntityTypeConfiguration : IEntityTypeConfiguration<RoundCountry>
{
    public void Configure(EntityTypeBuilder<RoundCountry> builder)
    {
        builder.ToTable("round_countries");
        builder.HasKey(c => new { c.RoundId, c.CountryId });
        builder.HasOne(c => c.Country).WithMany().HasForeignKey(c => c.CountryId).OnDelete(DeleteBehavior.Restrict);
    }
}
