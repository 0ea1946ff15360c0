using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>
/// Each analyst's scores of one pair with their evidence notes, sources and confidence, for the people who weigh
/// them: portfolio managers and admins at any time, everyone who may open the round once it is published. Before
/// that an analyst reads only their own (on their scoring page), so that nobody anchors on a colleague's reasons.
/// </summary>
public sealed class PairEvidenceReader(IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <returns>Null when the viewer may not read the analysts' evidence of this round.</returns>
    /// <exception cref="RoundNotFoundException">There is no such round.</exception>
    public async Task<IReadOnlyList<CriterionEvidence>?> ReadAsync(
        string roundSlug, string countryCode, string technologySlug, RoundViewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken)
            ?? throw new RoundNotFoundException(roundSlug);
        if (!viewer.SeesEverything && !round.IsPublished)
        {
            return null;
        }
        await RoundAccess.EnsureOpenAsync(db, round, viewer, cancellationToken);
        var criteria = await db.Criteria.AsNoTracking().OrderBy(c => c.Position).Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(cancellationToken);
        var scores = await (
                from score in db.Scores.AsNoTracking()
                where score.RoundId == round.Id
                      && db.Countries.Any(c => c.Id == score.CountryId && c.Code == countryCode)
                      && db.Technologies.Any(t => t.Id == score.TechnologyId && t.Slug == technologySlug)
                join user in db.Users on score.AnalystId equals user.Id
                orderby user.Email
                select new { score.CriterionId, Analyst = user.DisplayName == null ? user.Email ?? user.Id : user.DisplayName + " (" + user.Email + ")", score.Value, score.Confidence, score.EvidenceNote, score.Sources, score.UpdatedAt, score.RevisionComment })
            .ToListAsync(cancellationToken);
        return [.. criteria.Select(c => new CriterionEvidence(c.Code, c.Name, [.. scores
            .Where(s => s.CriterionId == c.Id)
            .Select(s => new AnalystEvidence(s.Analyst, s.Value, s.Confidence, s.EvidenceNote,
                s.Sources?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [], s.UpdatedAt, s.RevisionComment))]))];
    }
}
