using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Framework;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Technologies;
using PartnerPortal.Infrastructure.Accounts;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ScoreEntityTypeConfiguration : IEntityTypeConfiguration<Score>
{
    public void Configure(EntityTypeBuilder<Score> builder)
    {
        builder.ToTable("scores", table => table.HasCheckConstraint("ck_scores_value", "value IS NULL OR value BETWEEN 1 AND 5"));
        builder.Property(s => s.Version).IsRowVersion();
        // One score per analyst, pair and criterion; the index also serves loading a round in one range scan.
        builder.HasIndex(s => new { s.RoundId, s.CountryId, s.TechnologyId, s.CriterionId, s.AnalystId }).IsUnique()
            .HasDatabaseName("ux_scores_round_pair_criterion_analyst");
        // An analyst's own progress (the scoring matrix, My work) without reading the round's other analysts' scores.
        builder.HasIndex(s => new { s.RoundId, s.AnalystId }).IncludeProperties(s => new { s.CountryId, s.TechnologyId })
            .HasDatabaseName("ix_scores_round_analyst");
        builder.Property(s => s.AnalystId).HasMaxLength(450);
        builder.Property(s => s.Confidence).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.EvidenceNote).HasMaxLength(4000);
        builder.Property(s => s.Sources).HasMaxLength(4000);
        builder.Property(s => s.RevisionComment).HasMaxLength(2000);
        // Bulk loads (COPY) leave it out; an empty array means no question ticked.
        builder.Property(s => s.AddressedQuestionIds).HasDefaultValueSql("'{}'");
        builder.Ignore(s => s.IsInsufficientEvidence);
        builder.HasOne<Round>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(s => s.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Technology>().WithMany().HasForeignKey(s => s.TechnologyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Criterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.AnalystId).OnDelete(DeleteBehavior.Restrict);
    }
}
