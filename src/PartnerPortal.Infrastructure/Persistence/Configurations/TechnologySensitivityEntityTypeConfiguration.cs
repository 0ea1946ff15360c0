using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class TechnologySensitivityEntityTypeConfiguration : IEntityTypeConfiguration<TechnologySensitivity>
{
    public void Configure(EntityTypeBuilder<TechnologySensitivity> builder)
    {
        builder.ToTable("technology_sensitivities");
        builder.HasKey(s => s.TechnologyId);
        builder.Property(s => s.Version).IsRowVersion();
        // The areas by name, so the table reads on its own and a renumbering could not change a judgement.
        builder.PrimitiveCollection(s => s.Areas).ElementType(e => e.HasConversion<string>());
        builder.Property(s => s.Note).HasMaxLength(2000);
        builder.Property(s => s.Source).HasMaxLength(500);
        builder.HasOne<Technology>().WithOne().HasForeignKey<TechnologySensitivity>(s => s.TechnologyId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.Level);
    }
}
