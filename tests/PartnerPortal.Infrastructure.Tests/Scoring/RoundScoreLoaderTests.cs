using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Scoring;

public class RoundScoreLoaderTests : SeededStudyTests
{
    private async Task<string> AnalystAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, [PortalRoles.Analyst], "a long enough passphrase")).Id;
    }

    [Fact]
    public async Task A_rounds_scores_load_into_the_sheet_at_their_pair_criterion_and_analyst_and_aggregate()
    {
        var (ann, bob) = (await AnalystAsync("ann@example.org"), await AnalystAsync("bob@example.org"));
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var round = await db.Rounds.SingleAsync(r => r.Slug == Study.RoundSlug);
        var germany = await db.Countries.SingleAsync(c => c.Code == "DEU");
        var batteries = await db.Technologies.SingleAsync(t => t.Slug == "batteries");
        var criteria = await db.Criteria.OrderBy(c => c.Position).ToListAsync();
        foreach (var (analyst, values) in new[] { (ann, new byte?[] { 5, 4, 3, 2, 1 }), (bob, new byte?[] { 3, 4, null, 2, 5 }) })
        {
            for (var c = 0; c < 5; c++)
            {
                db.Scores.Add(new Score
                {
                    RoundId = round.Id, CountryId = germany.Id, TechnologyId = batteries.Id, CriterionId = criteria[c].Id,
                    AnalystId = analyst, Value = values[c], UpdatedAt = DateTimeOffset.UtcNow,
                });
            }
        }
        db.RoundCriterionWeights.AddRange(criteria.Select((c, i) => new RoundCriterionWeight { RoundId = round.Id, CriterionId = c.Id, Weight = i == 0 ? 2.0 / 6 : 1.0 / 6 }));
        await db.SaveChangesAsync();

        var scores = await Services.GetRequiredService<RoundScoreLoader>().LoadAsync(round.Id);
        var aggregate = scores.Aggregate();

        var pair = ScoreSheet.PairOf(scores.CountryIds.ToList().IndexOf(germany.Id), scores.TechnologyIds.ToList().IndexOf(batteries.Id), scores.TechnologyIds.Count);
        Assert.Equal(20, scores.CountryIds.Count);
        Assert.Equal(31, scores.TechnologyIds.Count);
        Assert.Equal(2, scores.AnalystIds.Count);
        Assert.Equal(new CriterionStatistics(2, 4, 4, Math.Sqrt(2), 3, 5), aggregate.Statistics(pair, 0));
        Assert.Equal(1, aggregate.Statistics(pair, 2).N);
        Assert.Equal((2 * 4 + 4 + 3 + 2 + 3) / 6.0, aggregate.Total(pair), 12);
        Assert.False(aggregate.IsComplete(pair + 1));
    }

    [Fact]
    public async Task A_round_without_weights_weighs_criteria_equally()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var round = await db.Rounds.SingleAsync(r => r.Slug == Study.RoundSlug);

        var scores = await Services.GetRequiredService<RoundScoreLoader>().LoadAsync(round.Id);

        Assert.Equal([1.0, 1.0, 1.0, 1.0, 1.0], scores.Weights);
    }

    [Fact]
    public async Task The_database_refuses_a_score_outside_one_to_five()
    {
        var ann = await AnalystAsync($"ann-{Guid.NewGuid():N}@example.org");
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        db.Scores.Add(new Score
        {
            RoundId = (await db.Rounds.FirstAsync()).Id, CountryId = (await db.Countries.FirstAsync()).Id,
            TechnologyId = (await db.Technologies.FirstAsync()).Id, CriterionId = (await db.Criteria.FirstAsync()).Id,
            AnalystId = ann, Value = 9, UpdatedAt = DateTimeOffset.UtcNow,
        });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Contains("ck_scores_value", error.InnerException!.Message);
    }
}
