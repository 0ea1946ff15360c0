using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Accounts;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class RoundVisitEntityTypeConfiguration : IEntityTypeConfiguration<RoundVisit>
{
    public void Configure(EntityTypeBuilder<RoundVisit> builder)
    {
        builder.ToTable("round_visits");
        builder.HasKey(v => new { v.RoundId, v.UserId });
        builder.Property(v => v.UserId).HasMaxLength(450);
        builder.HasOne<Round>().WithMany().HasForeignKey(v => v.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
