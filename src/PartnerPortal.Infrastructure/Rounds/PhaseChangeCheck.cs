using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Rounds;

/// <summary>
/// Reads what a phase change would leave incomplete, so that closing scoring with 5 of 403 pairs scored, or
/// publishing a half-scored round, is a decision taken knowingly rather than a click that goes through without a word.
/// </summary>
public sealed class PhaseChangeCheck(RoundAnalyzer analyzer, IDbContextFactory<PortalDbContext> contextFactory)
{
    public async Task<PhaseChangeImpact> CheckAsync(string roundSlug, RoundStatus target, CancellationToken cancellationToken = default)
    {
        var analysis = await analyzer.AnalyseAsync(roundSlug, RoundViewer.Unrestricted, cancellationToken);
        var roundId = analysis.Round.Id;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var notStarted = await db.Set<RoundAnalyst>()
            .Where(a => a.RoundId == roundId && !db.Scores.Any(s => s.RoundId == roundId && s.AnalystId == a.AnalystId))
            .Join(db.Users, a => a.AnalystId, u => u.Id, (_, u) => u.Email ?? u.Id)
            .OrderBy(email => email)
            .ToListAsync(cancellationToken);
        return new PhaseChangeImpact(analysis.Round.Status, target, analysis.Pairs, analysis.ScoredPairs, notStarted, analysis.UnscoredLonglisted);
    }
}
