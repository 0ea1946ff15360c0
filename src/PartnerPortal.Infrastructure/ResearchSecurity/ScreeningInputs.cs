using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Publishing;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>
/// The shared facts a round's screening is derived from: its technologies' sensitivity and its partners' risk with
/// its home country. A published round keeps those it was published with, so re-tagging a technology later changes
/// open rounds, never a published one.
/// </summary>
internal static class ScreeningInputs
{
    public static async Task<PublishedScreening> OfAsync(PortalDbContext db, Round round, CancellationToken cancellationToken) =>
        (round.IsPublished ? await PublishedRounds.OptionalPartAsync<PublishedScreening>(db, round.Id, nameof(PublishedRound.Screening), cancellationToken) : null)
        ?? await LiveAsync(db, round, cancellationToken);

    public static async Task<PublishedScreening> LiveAsync(PortalDbContext db, Round round, CancellationToken cancellationToken)
    {
        var technologyIds = db.Set<RoundTechnology>().Where(t => t.RoundId == round.Id).Select(t => t.TechnologyId);
        var countryIds = db.Set<RoundCountry>().Where(c => c.RoundId == round.Id).Select(c => c.CountryId);
        var sensitivity = (await db.TechnologySensitivities.AsNoTracking().Where(s => technologyIds.Contains(s.TechnologyId)).ToListAsync(cancellationToken))
            .ToDictionary(s => s.TechnologyId, s => s.Level);
        var risk = await db.CooperationConditions.AsNoTracking().Where(c => c.HomeCountryId == round.HomeCountryId && countryIds.Contains(c.CountryId))
            .ToDictionaryAsync(c => c.CountryId, c => c.RiskLevel, cancellationToken);
        return new PublishedScreening(sensitivity, risk);
    }
}
