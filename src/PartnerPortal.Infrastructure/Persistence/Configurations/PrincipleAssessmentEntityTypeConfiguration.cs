using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Framework;
using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class PrincipleAssessmentEntityTypeConfiguration : IEntityTypeConfiguration<PrincipleAssessment>
{
    public void Configure(EntityTypeBuilder<PrincipleAssessment> builder)
    {
        builder.ToTable("principle_assessments");
        builder.HasIndex(a => new { a.ShortlistPartnerId, a.PrincipleId }).IsUnique();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.HasOne<WinWinPrinciple>().WithMany().HasForeignKey(a => a.PrincipleId).OnDelete(DeleteBehavior.Restrict);
    }
}
