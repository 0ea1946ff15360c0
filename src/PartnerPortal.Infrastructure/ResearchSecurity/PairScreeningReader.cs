using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>One pair's screening read straight from the database, for writes that must check it in their own transaction.</summary>
internal static class PairScreeningReader
{
    public static async Task<(PairScreening Screening, ScreeningReview? Review)> ReadAsync(
        PortalDbContext db, Round round, int countryId, int technologyId, CancellationToken cancellationToken)
    {
        SensitivityLevel? sensitivity;
        CountryRiskLevel? risk;
        if (round.IsPublished)
        {
            var inputs = await ScreeningInputs.OfAsync(db, round, cancellationToken);
            sensitivity = inputs.TechnologySensitivity.TryGetValue(technologyId, out var tagged) ? tagged : null;
            risk = inputs.CountryRisk.TryGetValue(countryId, out var assessed) ? assessed : null;
        }
        else
        {
            // One pair of an open round: two small reads rather than the round's whole inputs.
            sensitivity = (await db.TechnologySensitivities.AsNoTracking().Where(s => s.TechnologyId == technologyId).ToListAsync(cancellationToken)).SingleOrDefault()?.Level;
            risk = await db.CooperationConditions.AsNoTracking().Where(c => c.HomeCountryId == round.HomeCountryId && c.CountryId == countryId)
                .Select(c => (CountryRiskLevel?)c.RiskLevel).SingleOrDefaultAsync(cancellationToken);
        }
        var review = await db.ScreeningReviews.SingleOrDefaultAsync(
            r => r.RoundId == round.Id && r.CountryId == countryId && r.TechnologyId == technologyId, cancellationToken);
        return (Screen(round.Screening, sensitivity, risk, review), review);
    }

    /// <summary>
    /// The one rule for a pair's screening, for a single pair here and every pair of a round's analysis: an untagged
    /// technology touches no critical area as far as anyone has said (Low), an unassessed country is Unknown, and a
    /// manager's review wins.
    /// </summary>
    public static PairScreening Screen(ScreeningMatrix rule, SensitivityLevel? sensitivity, CountryRiskLevel? risk, ScreeningReview? review)
    {
        var derived = PairScreening.Derive(rule, sensitivity ?? SensitivityLevel.Low, risk ?? CountryRiskLevel.Unknown);
        return review?.Apply(derived) ?? derived;
    }
}
