using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>
/// Portfolio managers' review of a pair's research-security screening: overriding the derived level (always
/// with a rationale) and the mitigation plan a high-level pair needs before it can be accepted. Audited like
/// every row; a review based on an older version is refused.
/// </summary>
public sealed class ScreeningReviewEditor(IDbContextFactory<PortalDbContext> contextFactory)
{
    public const int MaximumRationaleLength = 2000;
    public const int MaximumPlanLength = 4000;

    /// <summary>The pair's screening as it stands, with the review it carries (null when none yet).</summary>
    public async Task<(PairScreening Screening, ScreeningReview? Review)> ReadAsync(string roundSlug, string countryCode, string technologySlug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (round, countryId, technologyId) = await PairAsync(db, roundSlug, countryCode, technologySlug, cancellationToken);
        return await PairScreeningReader.ReadAsync(db, round, countryId, technologyId, cancellationToken);
    }

    /// <param name="expectedVersion">The version of the review the manager saw; null when there was none.</param>
    /// <returns>null when saved; the review someone else saved first otherwise.</returns>
    public async Task<SaveConflict<ScreeningReview>?> SaveAsync(
        string roundSlug, string countryCode, string technologySlug, ScreeningReviewInput input, uint? expectedVersion, CancellationToken cancellationToken = default)
    {
        Validate(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await RoundWriteLock.BeginAsync(db, roundSlug, RoundLock.Shared, cancellationToken);
        var (round, countryId, technologyId) = await PairAsync(db, roundSlug, countryCode, technologySlug, cancellationToken);
        round.EnsureEditable();
        var review = await db.ScreeningReviews.SingleOrDefaultAsync(r => r.RoundId == round.Id && r.CountryId == countryId && r.TechnologyId == technologyId, cancellationToken);
        // Someone reviewed the pair since this manager looked (first, or again): theirs stands until this one has seen it.
        if (review is not null && review.Version != expectedVersion)
        {
            return new SaveConflict<ScreeningReview>(review, "another manager", null);
        }
        if (review is null)
        {
            review = new ScreeningReview { RoundId = round.Id, CountryId = countryId, TechnologyId = technologyId };
            db.ScreeningReviews.Add(review);
        }
        else
        {
            db.Entry(review).Property(r => r.Version).OriginalValue = expectedVersion!.Value;
        }
        review.OverrideLevel = input.OverrideLevel;
        review.OverrideRationale = input.OverrideLevel is null ? "" : input.OverrideRationale.Trim();
        review.MitigationText = input.MitigationText.Trim();
        review.MitigationMeasures = input.MitigationMeasures;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            var (_, current) = await ReadAsync(roundSlug, countryCode, technologySlug, cancellationToken);
            return current is null ? null : new SaveConflict<ScreeningReview>(current, "another manager", null);
        }
    }

    private static void Validate(ScreeningReviewInput input)
    {
        if (input.OverrideLevel is { } level && !Enum.IsDefined(level))
        {
            throw new ScreeningReviewException(nameof(input.OverrideLevel), "Choose Low, Medium or High, or no override.");
        }
        if (input.OverrideLevel is not null && string.IsNullOrWhiteSpace(input.OverrideRationale))
        {
            throw new ScreeningReviewException(nameof(input.OverrideRationale), "Say why the level differs from what the round's rule gives; it is audited and shown beside the level.");
        }
        if (input.OverrideRationale.Length > MaximumRationaleLength)
        {
            throw new ScreeningReviewException(nameof(input.OverrideRationale), $"The rationale is limited to {MaximumRationaleLength} characters.");
        }
        if (input.MitigationText.Length > MaximumPlanLength)
        {
            throw new ScreeningReviewException(nameof(input.MitigationText), $"The mitigation plan is limited to {MaximumPlanLength} characters.");
        }
        if ((input.MitigationMeasures & ~AllMeasures) != 0)
        {
            throw new ScreeningReviewException(nameof(input.MitigationMeasures), "Only the toolkit's five measures can be chosen.");
        }
    }

    private static readonly MitigationMeasure AllMeasures = Enum.GetValues<MitigationMeasure>().Aggregate(MitigationMeasure.None, (all, m) => all | m);

    private static async Task<(Domain.Rounds.Round Round, int CountryId, int TechnologyId)> PairAsync(
        PortalDbContext db, string roundSlug, string countryCode, string technologySlug, CancellationToken cancellationToken)
    {
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        var technologyId = await db.Rounds.Where(r => r.Id == round.Id).SelectMany(r => r.Technologies).Where(t => t.Technology!.Slug == technologySlug)
            .Select(t => (int?)t.TechnologyId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ScreeningReviewException("Technology", $"Technology '{technologySlug}' is not in the scope of round '{roundSlug}'.");
        var countryId = await db.Rounds.Where(r => r.Id == round.Id).SelectMany(r => r.Countries).Where(c => c.Country!.Code == countryCode)
            .Select(c => (int?)c.CountryId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ScreeningReviewException("Country", $"Country '{countryCode}' is not in the scope of round '{roundSlug}'.");
        return (round, countryId, technologyId);
    }
}
