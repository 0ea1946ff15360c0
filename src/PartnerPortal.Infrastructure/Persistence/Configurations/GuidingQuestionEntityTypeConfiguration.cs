using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Framework;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class GuidingQuestionEntityTypeConfiguration : IEntityTypeConfiguration<GuidingQuestion>
{
    public void Configure(EntityTypeBuilder<GuidingQuestion> builder)
    {
        builder.ToTable("guiding_questions");
        builder.Property(q => q.Version).IsRowVersion();
        builder.HasIndex(q => new { q.CriterionId, q.Position }).IsUnique();
    }
}
