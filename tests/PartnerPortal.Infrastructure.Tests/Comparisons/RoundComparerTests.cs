using PartnerPortal.Infrastructure.Analysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Comparisons;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Comparisons;

public class RoundComparerTests : SeededStudyTests
{
    [Fact]
    public async Task A_rebenchmarking_round_shows_the_pairs_that_entered_and_left_the_longlist_and_shortlist()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        await using (var db = await ContextAsync())
        {
            var dropped = await db.LonglistEvidence.Include(e => e.Country).Include(e => e.Technology)
                .SingleAsync(e => e.RoundId == round.Id && e.Country!.Code == "CHN" && e.Technology!.Slug == "batteries");
            dropped.HomeTrackRecord = RequirementStatus.No;
            await db.SaveChangesAsync();
        }
        await Services.GetRequiredService<ShortlistDecisions>().DecideAsync("rebench", "EST", "batteries", ShortlistDecision.Accepted, "New evidence.", null);

        var report = await Services.GetRequiredService<RoundComparer>().CompareAsync(Study.RoundSlug, "rebench", RoundViewer.Unrestricted);

        Assert.Equal([new PairKey("CHN", "batteries")], report.Comparison.LeftLonglist);
        Assert.Empty(report.Comparison.EnteredLonglist);
        Assert.Equal([new PairKey("EST", "batteries")], report.Comparison.EnteredShortlist);
        Assert.Equal(120, report.Comparison.LeftShortlist.Count);
        Assert.Equal("China – Batteries", report.NameOf(new PairKey("CHN", "batteries")));
    }
}
