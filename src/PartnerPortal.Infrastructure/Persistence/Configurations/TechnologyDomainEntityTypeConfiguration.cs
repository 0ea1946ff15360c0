using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class TechnologyDomainEntityTypeConfiguration : IEntityTypeConfiguration<TechnologyDomain>
{
    public void Configure(EntityTypeBuilder<TechnologyDomain> builder)
    {
        builder.ToTable("technology_domains");
        builder.Property(d => d.Rationale).HasConversion<int>();
        builder.HasIndex(d => new { d.TechnologyId, d.Position }).IsUnique();
    }
}
