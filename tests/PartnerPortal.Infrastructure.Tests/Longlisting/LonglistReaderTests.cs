using PartnerPortal.Infrastructure.Analysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Longlisting;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Longlisting;

/// <summary>The longlist follows the rule stored on the round: the study's by default, relaxed or with a minimum index when set.</summary>
public class LonglistReaderTests : SeededStudyTests
{
    private async Task<IReadOnlyList<LonglistPair>> LonglistAsync()
    {
        await using var db = await ContextAsync();
        var round = await db.Rounds.SingleAsync(r => r.Slug == Study.RoundSlug);
        return await Services.GetRequiredService<LonglistReader>().ReadAsync(round.Id, PairVisibility.All);
    }

    [Fact]
    public async Task Relaxing_the_round_to_four_of_five_requirements_longlists_a_pair_that_meets_four()
    {
        await using (var db = await ContextAsync())
        {
            var round = await db.Rounds.SingleAsync(r => r.Slug == Study.RoundSlug);
            db.LonglistEvidence.Add(new LonglistEvidence
            {
                RoundId = round.Id, CountryId = (await db.Countries.SingleAsync(c => c.Code == "FRA")).Id,
                TechnologyId = (await db.Technologies.SingleAsync(t => t.Slug == "batteries")).Id,
                NationalPriority = RequirementStatus.Yes, ResearchPriority = RequirementStatus.Yes, InnovationInitiatives = RequirementStatus.Yes,
                InternationalProgrammes = RequirementStatus.Yes, HomeTrackRecord = RequirementStatus.Unknown, Source = "test",
            });
            await db.SaveChangesAsync();
        }
        Assert.Equal(54, (await LonglistAsync()).Count);

        await using (var db = await ContextAsync())
        {
            (await db.Rounds.SingleAsync(r => r.Slug == Study.RoundSlug)).LonglistRequiredCount = 4;
            await db.SaveChangesAsync();
        }

        var relaxed = await LonglistAsync();
        Assert.Equal(55, relaxed.Count);
        Assert.Contains(relaxed, p => p.CountryCode == "FRA" && p.TechnologySlug == "batteries");
    }

    [Fact]
    public async Task A_minimum_index_keeps_only_pairs_whose_scores_reach_it()
    {
        string analyst;
        await using (var scope = Services.CreateAsyncScope())
        {
            analyst = (await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync("ann@example.org", [PortalRoles.Analyst], "a long enough passphrase")).Id;
        }
        await using (var db = await ContextAsync())
        {
            var round = await db.Rounds.SingleAsync(r => r.Slug == Study.RoundSlug);
            round.LonglistMinimumIndex = 50;
            var germany = await db.Countries.SingleAsync(c => c.Code == "DEU");
            var japan = await db.Countries.SingleAsync(c => c.Code == "JPN");
            var ccus = await db.Technologies.SingleAsync(t => t.Slug == "ccus");
            foreach (var criterion in await db.Criteria.ToListAsync())
            {
                db.Scores.Add(new Score { RoundId = round.Id, CountryId = germany.Id, TechnologyId = ccus.Id, CriterionId = criterion.Id, AnalystId = analyst, Value = 5, UpdatedAt = DateTimeOffset.UtcNow });
                db.Scores.Add(new Score { RoundId = round.Id, CountryId = japan.Id, TechnologyId = ccus.Id, CriterionId = criterion.Id, AnalystId = analyst, Value = 2, UpdatedAt = DateTimeOffset.UtcNow });
            }
            await db.SaveChangesAsync();
        }

        var longlist = await LonglistAsync();

        var pair = Assert.Single(longlist);
        Assert.Equal(("DEU", "ccus"), (pair.CountryCode, pair.TechnologySlug));
    }
}
