using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Accounts;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class AhpMatrixEntityTypeConfiguration : IEntityTypeConfiguration<AhpMatrix>
{
    public void Configure(EntityTypeBuilder<AhpMatrix> builder)
    {
        builder.ToTable("ahp_matrices");
        builder.HasKey(m => new { m.RoundId, m.ManagerId });
        builder.Property(m => m.ManagerId).HasMaxLength(450);
        builder.Property(m => m.ManagerName).HasMaxLength(256);
        builder.Ignore(m => m.Order);
        builder.HasOne<Round>().WithMany().HasForeignKey(m => m.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.ManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}
