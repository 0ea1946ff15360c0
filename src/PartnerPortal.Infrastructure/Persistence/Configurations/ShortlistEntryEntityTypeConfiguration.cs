using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ShortlistEntryEntityTypeConfiguration : IEntityTypeConfiguration<ShortlistEntry>
{
    public void Configure(EntityTypeBuilder<ShortlistEntry> builder)
    {
        builder.ToTable("shortlist_entries");
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasIndex(e => new { e.RoundId, e.TechnologyId }).IsUnique();
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.HasOne<Round>().WithMany().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Technology).WithMany().HasForeignKey(e => e.TechnologyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Partners).WithOne().HasForeignKey(p => p.ShortlistEntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Rationale).WithOne().HasForeignKey(r => r.ShortlistEntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
