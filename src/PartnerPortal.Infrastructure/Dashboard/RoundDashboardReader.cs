using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Dashboard;

/// <summary>
/// A round's progress for the portfolio manager: completion by analyst and by technology, and what changed
/// since this person's last visit (which this visit then becomes).
/// </summary>
public sealed class RoundDashboardReader(IDbContextFactory<PortalDbContext> contextFactory, RoundAnalyzer analyzer, TimeProvider clock)
{
    /// <summary>Portfolio managers' and admins' only: completion by analyst and disagreement say whose scores are whose.</summary>
    /// <param name="recordVisit">
    /// False for a look that is not yet the visit: an interactive page is read once while prerendering and again when its
    /// circuit starts, and only the second read may move "since your last visit", or the person would always see nothing changed.
    /// </param>
    public async Task<RoundDashboard> ReadAsync(string roundSlug, RoundViewer viewer, bool recordVisit = true, CancellationToken cancellationToken = default)
    {
        if (!viewer.SeesEverything || viewer.UserId is not { } userId)
        {
            throw RoundHiddenException.ManagersOnly(roundSlug);
        }
        var analysis = await analyzer.AnalyseAsync(roundSlug, viewer, cancellationToken);
        var roundId = analysis.Round.Id;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var criteria = analysis.Criteria.Count;
        var pairs = analysis.Pairs;

        var perAnalyst = await db.Scores.Where(s => s.RoundId == roundId)
            .GroupBy(s => new { s.AnalystId, s.CountryId, s.TechnologyId })
            .Select(g => new { g.Key.AnalystId, g.Key.TechnologyId, Count = g.Count(), Last = g.Max(s => s.UpdatedAt) })
            .ToListAsync(cancellationToken);
        var assigned = await db.Set<RoundAnalyst>().Where(a => a.RoundId == roundId).Select(a => a.AnalystId).ToListAsync(cancellationToken);
        var analystIds = assigned.Union(perAnalyst.Select(p => p.AnalystId)).ToList();
        var emails = await db.Users.Where(u => analystIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
        var flagged = analysis.Scores.AnalystIds
            .Select((id, index) => (id, analysis.Contradictions.ByAnalyst(index)))
            .ToDictionary(a => a.id, a => a.Item2);
        var analysts = analystIds
            .Select(id =>
            {
                var mine = perAnalyst.Where(p => p.AnalystId == id).ToList();
                return new AnalystCompletion(emails.GetValueOrDefault(id, id), mine.Count(p => p.Count >= criteria), mine.Count(p => p.Count < criteria), pairs,
                    mine.Count == 0 ? null : mine.Max(p => p.Last), flagged.GetValueOrDefault(id));
            })
            .OrderBy(a => a.Email)
            .ToList();

        var technologies = analysis.Technologies
            .Select((t, index) => new TechnologyCompletion(t.Slug, t.Name,
                Enumerable.Range(0, analysis.Countries.Count).Count(c => analysis.Index.IsComplete(analysis.PairOf(c, index))),
                analysis.Countries.Count,
                perAnalyst.Where(p => p.TechnologyId == t.Id).Select(p => p.AnalystId).Distinct().Count()))
            .ToList();

        var visit = await db.Set<RoundVisit>().SingleOrDefaultAsync(v => v.RoundId == roundId && v.UserId == userId, cancellationToken);
        var since = visit?.VisitedAt;
        var changes = await ChangesAsync(db, analysis, since, emails, cancellationToken);
        if (!recordVisit)
        {
            return new RoundDashboard(analysis, analysts, technologies, changes);
        }
        if (visit is null)
        {
            db.Set<RoundVisit>().Add(new RoundVisit { RoundId = roundId, UserId = userId, VisitedAt = clock.GetUtcNow() });
        }
        else
        {
            visit.VisitedAt = clock.GetUtcNow();
        }
        // A visit is not a change to the round's data; it stays out of the audit log.
        db.AuditSuppressed = true;
        await db.SaveChangesAsync(cancellationToken);
        return new RoundDashboard(analysis, analysts, technologies, changes);
    }

    private static async Task<ChangesSince> ChangesAsync(
        PortalDbContext db, RoundAnalysis analysis, DateTimeOffset? since, Dictionary<string, string> emails, CancellationToken cancellationToken)
    {
        if (since is null)
        {
            return new ChangesSince(null, new Dictionary<string, int>(), []);
        }
        var roundId = analysis.Round.Id;
        var scores = await db.Scores.Where(s => s.RoundId == roundId && s.UpdatedAt > since)
            .GroupBy(s => s.AnalystId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var partnerIds = await db.ShortlistEntries.Where(e => e.RoundId == roundId).SelectMany(e => e.Partners).Select(p => p.Id.ToString()).ToListAsync(cancellationToken);
        var events = await db.AuditLog.AsNoTracking()
            .Where(a => a.OccurredAt > since
                && ((a.EntityType == nameof(Round) && (a.EntityKey == analysis.Round.Slug || a.EntityKey == roundId.ToString()))
                    || (a.EntityType == nameof(ShortlistPartner) && partnerIds.Contains(a.EntityKey))))
            .OrderByDescending(a => a.Id)
            .Take(50)
            .ToListAsync(cancellationToken);
        return new ChangesSince(
            since,
            scores.ToDictionary(s => emails.GetValueOrDefault(s.Key, s.Key), s => s.Count),
            events.Select(e => (e.OccurredAt, e.Actor, Describe(e.Action, e.EntityType, e.Comment))).ToList());
    }

    private static string Describe(string action, string entityType, string? comment) => (action, entityType) switch
    {
        ("weights.set" or "weights.ahp", _) => $"changed the weights{(comment is null ? "" : $": “{comment}”")}",
        ("round.status", _) => "moved the round to a new phase",
        ("round.analysts", _) => "changed the round's analysts",
        (_, nameof(ShortlistPartner)) => "recorded a shortlist decision",
        _ => "changed the round's settings",
    };
}
