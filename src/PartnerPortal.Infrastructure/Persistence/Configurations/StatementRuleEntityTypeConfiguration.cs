using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Indicators;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class StatementRuleEntityTypeConfiguration : IEntityTypeConfiguration<StatementRule>
{
    public void Configure(EntityTypeBuilder<StatementRule> builder)
    {
        builder.ToTable("statement_rules");
        builder.Property(r => r.Version).IsRowVersion();
        builder.Property(r => r.Statement).HasMaxLength(300);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        // An indicator that rules read cannot be deleted from under them.
        builder.HasOne(r => r.Indicator).WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
