using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ShortlistRationaleEntityTypeConfiguration : IEntityTypeConfiguration<ShortlistRationale>
{
    public void Configure(EntityTypeBuilder<ShortlistRationale> builder)
    {
        builder.ToTable("shortlist_rationale");
        builder.HasIndex(r => new { r.ShortlistEntryId, r.Position }).IsUnique();
    }
}
