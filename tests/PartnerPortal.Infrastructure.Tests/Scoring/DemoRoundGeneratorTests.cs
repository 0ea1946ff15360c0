using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Demo;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Scoring;

public class DemoRoundGeneratorTests
{
    [Fact]
    public async Task A_generated_round_has_every_score_of_its_size_and_loads_back_whole()
    {
        var settings = (await TestPostgres.CreateDatabaseAsync("demo")).Settings();
        settings["Portal:SeedDataPath"] = Study.SeedDataDirectory;
        await using var services = await PortalServices.CreateAsync(migrate: false, settings: settings);
        await services.PreparePortalDatabaseAsync();
        await using var scope = services.CreateAsyncScope();

        var roundId = await scope.ServiceProvider.GetRequiredService<DemoRoundGenerator>().GenerateAsync("small", countries: 3, technologies: 4, analysts: 2, seed: 1);
        var scores = await services.GetRequiredService<RoundScoreLoader>().LoadAsync(roundId);

        Assert.Equal((3, 4, 5, 2), (scores.Sheet.Countries, scores.Sheet.Technologies, scores.Sheet.Criteria, scores.Sheet.Analysts));
        var scored = scores.Sheet.Values.ToArray().Count(v => v != 0);
        Assert.InRange(scored, 90, 120);
        Assert.Equal(scored, Enumerable.Range(0, 12).Sum(pair => Enumerable.Range(0, 5).Sum(c => scores.Aggregate().Statistics(pair, c).N)));
    }
}
