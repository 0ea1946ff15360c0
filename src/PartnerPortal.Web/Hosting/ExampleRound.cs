using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Demo;
using PartnerPortal.Infrastructure.Rounds;

namespace PartnerPortal.Web.Hosting;

/// <summary>
/// The first run's example: a round on the study's partners and technologies, scored by the demo analysts
/// with longlisting evidence, in Review — so that every role's first screen has something in it. It is
/// labelled example data and removable with <c>round delete</c>; once deleted it does not come back.
/// </summary>
public static class ExampleRound
{
    public const string Slug = "example";

    public static async Task CreateAsync(IServiceProvider services)
    {
        var rounds = services.GetRequiredService<RoundCatalog>();
        if (await rounds.FindAsync(Slug) is not null)
        {
            return;
        }
        // The study's round gives the size: its partners and technologies come first in the generator's choice.
        var study = (await rounds.ListAsync()).Where(r => r.Origin == RoundOrigin.Manual).MaxBy(r => r.CountryCount);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoRoundGenerator>().GenerateAsync(
            new DemoRoundRequest(Slug, study?.CountryCount ?? 13, study?.TechnologyCount ?? 31, Seed: 2021)
            {
                AnalystEmails = [.. DemoAccounts.All.Where(a => a.Role == PortalRoles.Analyst).Select(a => a.Email)],
                Status = RoundStatus.Review,
                Origin = RoundOrigin.Example,
                Name = "Example round (example data)",
                Description = "Example data made on first run: the study's partners and technologies, scored at random by the two demo " +
                              "analysts, with generated longlisting evidence. Explore it, then delete it with ./portal round delete --round example.",
            });
    }
}
