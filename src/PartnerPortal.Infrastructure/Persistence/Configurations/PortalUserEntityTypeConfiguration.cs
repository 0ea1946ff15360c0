using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Infrastructure.Accounts;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class PortalUserEntityTypeConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
    }
}
