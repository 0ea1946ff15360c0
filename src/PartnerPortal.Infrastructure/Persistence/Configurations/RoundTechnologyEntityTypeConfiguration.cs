using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Rounds;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class RoundTechnologyEntityTypeConfiguration : IEntityTypeConfiguration<RoundTechnology>
{
    public void Configure(EntityTypeBuilder<RoundTechnology> builder)
    {
        builder.ToTable("round_technologies");
        builder.HasKey(t => new { t.RoundId, t.TechnologyId });
        builder.HasOne(t => t.Technology).WithMany().HasForeignKey(t => t.TechnologyId).OnDelete(DeleteBehavior.Restrict);
    }
}
