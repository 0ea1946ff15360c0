using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Ranking;
using PartnerPortal.Infrastructure.Shortlisting;

namespace PartnerPortal.Infrastructure.Exports;

/// <summary>
/// The accepted opportunities of a round with their rationale, value capture, instruments and win-win principles
/// (<see cref="ShortlistedOpportunity"/>). Which pairs and in what order is Table 6.2's, as the viewer may see it
/// and, once published, as the round published it (<see cref="ShortlistReader.OpportunitiesAsync"/>); what was
/// recorded about each is the round's own and cannot change after publication; the figures are the viewer's ranking's.
/// </summary>
internal sealed class ShortlistDetails(IDbContextFactory<PortalDbContext> contextFactory, ShortlistReader shortlist)
{
    /// <summary>The principles' names in the framework's order, for a table with a column each.</summary>
    public async Task<IReadOnlyList<string>> PrinciplesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Principles.OrderBy(p => p.Position).Select(p => p.Name).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ShortlistedOpportunity>> ReadAsync(
        int roundId, bool isPublished, PairVisibility visible, RoundViewer viewer, RankingTable ranking, Func<PairKey, ScreeningLevel?> screening,
        CancellationToken cancellationToken)
    {
        var rows = await shortlist.OpportunitiesAsync(roundId, visible, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var names = await ExportNames.LoadAsync(db, roundId, cancellationToken);
        var principles = await db.Principles.AsNoTracking().OrderBy(p => p.Position).ToListAsync(cancellationToken);
        var instruments = await db.Instruments.AsNoTracking().ToDictionaryAsync(i => i.Id, i => (i.Name, i.Position), cancellationToken);
        var partners = (await db.ShortlistEntries.AsNoTracking().Where(e => e.RoundId == roundId)
            .SelectMany(e => e.Partners.Where(p => p.Decision == ShortlistDecision.Accepted).Select(p => new
            {
                p.Country!.Code, e.Technology!.Slug, p.Position, p.Qualifier, p.DecisionRationale, p.ValueCapture, p.InstrumentIds,
                Principles = p.Principles.Select(a => new { a.PrincipleId, a.Status, a.Note }).ToList(),
            }))
            .ToListAsync(cancellationToken))
            .Select(p => new Accepted(new PairKey(p.Code, p.Slug), p.Position, p.Qualifier, p.DecisionRationale, p.ValueCapture, p.InstrumentIds,
                p.Principles.ToDictionary(a => a.PrincipleId, a => (a.Status, a.Note))));
        // Table 6.2 lists a pair's partners by position; a grouping may be there whole and narrowed, so the n-th
        // row of a pair is its n-th accepted partner.
        var reviews = await db.ScreeningReviews.AsNoTracking().Where(r => r.RoundId == roundId)
            .Join(db.Countries, r => r.CountryId, c => c.Id, (r, c) => new { Review = r, c.Code })
            .Join(db.Technologies, r => r.Review.TechnologyId, t => t.Id, (r, t) => new { r.Review, r.Code, t.Slug })
            .ToDictionaryAsync(r => new PairKey(r.Code, r.Slug), r => r.Review, cancellationToken);
        var byPair = partners.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => new Queue<Accepted>(g.OrderBy(p => p.Position)));
        var figures = ranking.Rows.ToDictionary(r => r.Key);
        var rationaleShown = viewer.SeesEverything || isPublished;
        var opportunities = new List<ShortlistedOpportunity>();
        foreach (var row in rows)
        {
            var key = new PairKey(row.CountryCode, row.TechnologySlug);
            if (!byPair.TryGetValue(key, out var queue) || !queue.TryDequeue(out var partner))
            {
                continue;
            }
            var ranked = figures.GetValueOrDefault(key);
            var review = reviews.GetValueOrDefault(key);
            opportunities.Add(new ShortlistedOpportunity(
                names.Theme(row.TechnologySlug), names.Technology(row.TechnologySlug), row.TechnologySlug,
                names.Country(row.CountryCode, partner.Qualifier), row.CountryCode, partner.Qualifier,
                ranked?.Index, ranked?.Rank, ranked?.RankInTechnology,
                rationaleShown && !string.IsNullOrWhiteSpace(partner.Rationale) ? partner.Rationale : null,
                [.. ValueCapturePathwayText.All.Where(p => partner.ValueCapture.HasFlag(p.Pathway)).Select(p => p.Name)],
                [.. partner.InstrumentIds.Where(instruments.ContainsKey).OrderBy(id => instruments[id].Position).Select(id => instruments[id].Name)],
                [.. principles.Select(p => partner.Principles.TryGetValue(p.Id, out var a)
                    ? new OpportunityPrinciple(p.Name, Describe(a.Status), a.Note)
                    : new OpportunityPrinciple(p.Name, Describe(PrincipleStatus.Unknown), null))],
                screening(key)?.ToString(),
                review?.OverrideLevel is null ? null : review.OverrideRationale,
                viewer.SeesEverything && review?.Mitigation is { } plan ? new OpportunityMitigation(plan.Text, MitigationMeasureText.Names(plan.Measures)) : null));
        }
        return opportunities;
    }

    private sealed record Accepted(
        PairKey Key, int Position, string? Qualifier, string Rationale, ValueCapturePathway ValueCapture, int[] InstrumentIds,
        Dictionary<int, (PrincipleStatus Status, string? Note)> Principles);

    public static string Describe(PrincipleStatus status) => status switch
    {
        PrincipleStatus.Met => "met",
        PrincipleStatus.AtRisk => "at risk",
        _ => "unknown",
    };
}
