using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Countries;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class GroupingMemberEntityTypeConfiguration : IEntityTypeConfiguration<GroupingMember>
{
    public void Configure(EntityTypeBuilder<GroupingMember> builder)
    {
        builder.ToTable("grouping_members");
        builder.HasKey(m => new { m.GroupingId, m.MemberId });
        builder.HasOne(m => m.Member).WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
