using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Accounts;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class RoundAnalystEntityTypeConfiguration : IEntityTypeConfiguration<RoundAnalyst>
{
    public void Configure(EntityTypeBuilder<RoundAnalyst> builder)
    {
        builder.ToTable("round_analysts");
        builder.HasKey(a => new { a.RoundId, a.AnalystId });
        builder.Property(a => a.AnalystId).HasMaxLength(450);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.AnalystId).OnDelete(DeleteBehavior.Restrict);
    }
}
