using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Rounds;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class LonglistEvidenceEntityTypeConfiguration : IEntityTypeConfiguration<LonglistEvidence>
{
    public void Configure(EntityTypeBuilder<LonglistEvidence> builder)
    {
        builder.ToTable("longlist_evidence");
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasIndex(e => new { e.RoundId, e.CountryId, e.TechnologyId }).IsUnique();
        builder.HasOne<Round>().WithMany().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Country).WithMany().HasForeignKey(e => e.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Technology).WithMany().HasForeignKey(e => e.TechnologyId).OnDelete(DeleteBehavior.Restrict);
        foreach (var requirement in new[] { "NationalPriority", "ResearchPriority", "InnovationInitiatives", "InternationalProgrammes", "HomeTrackRecord" })
        {
            builder.Property<RequirementStatus>(requirement).HasConversion<string>().HasMaxLength(10);
            builder.Property<string?>(requirement + "Source").HasMaxLength(2000);
        }
    }
}
