using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Publishing;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class RoundSnapshotEntityTypeConfiguration : IEntityTypeConfiguration<RoundSnapshot>
{
    public void Configure(EntityTypeBuilder<RoundSnapshot> builder)
    {
        builder.ToTable("round_snapshots");
        builder.HasKey(s => s.RoundId);
        builder.Property(s => s.RoundId).ValueGeneratedNever();
        builder.Property(s => s.Document).HasColumnType("jsonb");
        builder.HasOne<Round>().WithOne().HasForeignKey<RoundSnapshot>(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
