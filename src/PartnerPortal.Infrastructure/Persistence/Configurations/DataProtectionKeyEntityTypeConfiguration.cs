using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

/// <summary>
/// The data-protection key ring, in the table the portal's own key store used before the package's: the same
/// columns, so keys made before the package still protect the cookies, form tokens and reset links issued then.
/// </summary>
internal sealed class DataProtectionKeyEntityTypeConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("data_protection_keys");
        builder.Property(k => k.FriendlyName).HasMaxLength(256);
        // The package declares the XML nullable but always writes it; a key without its XML is no key.
        builder.Property(k => k.Xml).IsRequired();
    }
}
