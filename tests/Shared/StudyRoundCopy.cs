using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Testing;

/// <summary>
/// A new round with the study round's scope and longlisting evidence, open for scoring: the published study
/// round itself is immutable, so tests that score, weigh or decide work on a copy, as a re-benchmarking would.
/// </summary>
public static class StudyRoundCopy
{
    public static async Task<Round> CreateAsync(IServiceProvider services, string slug, RoundStatus status = RoundStatus.Scoring)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var study = await db.Rounds.AsNoTracking().Include(r => r.Countries).Include(r => r.Technologies).SingleAsync(r => r.Slug == Study.RoundSlug);
        var round = new Round
        {
            Slug = slug, Name = $"Copy of the study ({slug})", Agency = study.Agency, HomeCountryId = study.HomeCountryId, Status = status,
            Description = "A test round with the study's scope.",
            Countries = [.. study.Countries.Select(c => new RoundCountry { CountryId = c.CountryId, Position = c.Position })],
            Technologies = [.. study.Technologies.Select(t => new RoundTechnology { TechnologyId = t.TechnologyId })],
        };
        db.Rounds.Add(round);
        await db.SaveChangesAsync();
        var evidence = await db.LonglistEvidence.AsNoTracking().Where(e => e.RoundId == study.Id).ToListAsync();
        foreach (var e in evidence)
        {
            (e.Id, e.RoundId, e.Version) = (0, round.Id, 0);
        }
        db.LonglistEvidence.AddRange(evidence);
        await db.SaveChangesAsync();
        return round;
    }

    /// <summary>Adds an analyst account and assigns it to the round; returns its id.</summary>
    public static async Task<string> AddAnalystAsync(IServiceProvider services, Round round, string email, string password = "a long enough password 1")
    {
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, [PortalRoles.Analyst], password);
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        db.Set<RoundAnalyst>().Add(new RoundAnalyst { RoundId = round.Id, AnalystId = user.Id });
        await db.SaveChangesAsync();
        return user.Id;
    }
}
