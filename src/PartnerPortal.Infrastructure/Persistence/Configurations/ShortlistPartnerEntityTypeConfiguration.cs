using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ShortlistPartnerEntityTypeConfiguration : IEntityTypeConfiguration<ShortlistPartner>
{
    public void Configure(EntityTypeBuilder<ShortlistPartner> builder)
    {
        builder.ToTable("shortlist_partners");
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => new { p.ShortlistEntryId, p.CountryId }).IsUnique();
        builder.Property(p => p.Qualifier).HasMaxLength(200);
        builder.Property(p => p.Decision).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(p => p.Country).WithMany().HasForeignKey(p => p.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.ValueCapture).HasDefaultValue(ValueCapturePathway.None);
        builder.Property(p => p.InstrumentIds).HasDefaultValueSql("'{}'");
        builder.HasMany(p => p.Principles).WithOne().HasForeignKey(a => a.ShortlistPartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
