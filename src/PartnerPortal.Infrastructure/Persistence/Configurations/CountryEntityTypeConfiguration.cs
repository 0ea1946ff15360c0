using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Countries;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class CountryEntityTypeConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.ToTable("countries");
        builder.Property(c => c.Version).IsRowVersion();
        builder.Property(c => c.Code).HasMaxLength(20);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Iso2).HasMaxLength(2);
        builder.Property(c => c.Iso3).HasMaxLength(3);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.StudyName).HasMaxLength(200);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Region).HasMaxLength(100);
        builder.Property(c => c.Maturity).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(c => c.SelectionCriteria).WithOne().HasForeignKey(s => s.CountryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.GroupingId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.StudyTitle);
    }
}
