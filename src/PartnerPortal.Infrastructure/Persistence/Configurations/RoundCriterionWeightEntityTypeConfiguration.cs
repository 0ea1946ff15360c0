using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Framework;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class RoundCriterionWeightEntityTypeConfiguration : IEntityTypeConfiguration<RoundCriterionWeight>
{
    public void Configure(EntityTypeBuilder<RoundCriterionWeight> builder)
    {
        // Stored normalised (RoundWeightsEditor): each from 0 to 1, which also refuses NaN and infinity. That a round's
        // weights sum to 1 is a deferred constraint trigger (migration 20261130130000), which EF does not model.
        builder.ToTable("round_criterion_weights", table => table.HasCheckConstraint("ck_round_criterion_weights_weight", "weight >= 0 AND weight <= 1"));
        builder.HasKey(w => new { w.RoundId, w.CriterionId });
        builder.HasOne<Round>().WithMany().HasForeignKey(w => w.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Criterion>().WithMany().HasForeignKey(w => w.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
