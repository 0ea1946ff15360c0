using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Rounds;

/// <summary>
/// The pair an analyst works on, checked the same way for scores and for longlisting evidence: the analyst is
/// assigned to the round, and the country and technology are in its scope.
/// </summary>
public static class AnalystPair
{
    /// <returns>The country and technology ids; a <see cref="ScoringInputException"/> says which check failed.</returns>
    public static async Task<(int CountryId, int TechnologyId)> ResolveAsync(
        PortalDbContext db, Round round, string analystId, string countryCode, string technologySlug, CancellationToken cancellationToken)
    {
        if (!await db.Set<RoundAnalyst>().AnyAsync(a => a.RoundId == round.Id && a.AnalystId == analystId, cancellationToken))
        {
            throw new ScoringInputException($"You are not assigned to round '{round.Slug}'; ask an admin to assign you.");
        }
        var countryId = await db.Rounds.Where(r => r.Id == round.Id).SelectMany(r => r.Countries)
            .Where(c => c.Country!.Code == countryCode).Select(c => (int?)c.CountryId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ScoringInputException($"Country '{countryCode}' is not in the scope of round '{round.Slug}'.");
        var technologyId = await db.Rounds.Where(r => r.Id == round.Id).SelectMany(r => r.Technologies)
            .Where(t => t.Technology!.Slug == technologySlug).Select(t => (int?)t.TechnologyId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ScoringInputException($"Technology '{technologySlug}' is not in the scope of round '{round.Slug}'.");
        return (countryId, technologyId);
    }
}
