using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Framework;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class WinWinPrincipleEntityTypeConfiguration : IEntityTypeConfiguration<WinWinPrinciple>
{
    public void Configure(EntityTypeBuilder<WinWinPrinciple> builder)
    {
        builder.ToTable("win_win_principles");
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
    }
}
