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
    // Compiled, like the score save's other reads: an analyst's every change runs these, and building and matching
    // their LINQ trees each time was most of a save's CPU under load.
    private static readonly Func<PortalDbContext, int, string, Task<bool>> IsAssigned = EF.CompileAsyncQuery(
        (PortalDbContext db, int roundId, string analystId) => db.Set<RoundAnalyst>().Any(a => a.RoundId == roundId && a.AnalystId == analystId));

    private static readonly Func<PortalDbContext, int, string, Task<int?>> CountryInScope = EF.CompileAsyncQuery(
        (PortalDbContext db, int roundId, string code) => db.Set<RoundCountry>()
            .Where(c => c.RoundId == roundId && c.Country!.Code == code).Select(c => (int?)c.CountryId).SingleOrDefault());

    private static readonly Func<PortalDbContext, int, string, Task<int?>> TechnologyInScope = EF.CompileAsyncQuery(
        (PortalDbContext db, int roundId, string slug) => db.Set<RoundTechnology>()
            .Where(t => t.RoundId == roundId && t.Technology!.Slug == slug).Select(t => (int?)t.TechnologyId).SingleOrDefault());

    /// <returns>The country and technology ids; a <see cref="ScoringInputException"/> says which check failed.</returns>
    public static async Task<(int CountryId, int TechnologyId)> ResolveAsync(
        PortalDbContext db, Round round, string analystId, string countryCode, string technologySlug, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!await IsAssigned(db, round.Id, analystId))
        {
            throw new ScoringInputException($"You are not assigned to round '{round.Slug}'; ask an admin to assign you.");
        }
        var countryId = await CountryInScope(db, round.Id, countryCode)
            ?? throw new ScoringInputException($"Country '{countryCode}' is not in the scope of round '{round.Slug}'.");
        var technologyId = await TechnologyInScope(db, round.Id, technologySlug)
            ?? throw new ScoringInputException($"Technology '{technologySlug}' is not in the scope of round '{round.Slug}'.");
        return (countryId, technologyId);
    }
}
