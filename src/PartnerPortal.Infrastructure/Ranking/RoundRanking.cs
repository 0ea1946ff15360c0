using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Ranking;

/// <summary>
/// A round's ranking as rows: every pair scored on all criteria that the viewer may see the figures of, from the
/// in-memory analysis (<see cref="RoundAnalyzer"/>, whose visibility rules it keeps: an analyst of an open round
/// gets the pairs they have scored, ranked among themselves), with the managers' decisions. Managers and admins
/// read every decision and rationale; anyone else only acceptances, as Table 6.2 shows them, and their
/// rationale once the round is published.
/// </summary>
public sealed class RoundRanking(RoundAnalyzer analyzer, IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <exception cref="Exports.RoundNotFoundException">There is no such round.</exception>
    /// <exception cref="RoundHiddenException">The viewer may see nothing of the round.</exception>
    public async Task<RankingTable> ReadAsync(
        string roundSlug, RoundViewer viewer, RankingFilter? filter = null, RankingSort? sort = null, CancellationToken cancellationToken = default)
    {
        RoundAnalysis analysis;
        try
        {
            analysis = await analyzer.AnalyseAsync(roundSlug, viewer, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // Nothing in scope yet, so no scores to analyse: an empty ranking, for those who may open the round.
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken)
                ?? throw new Exports.RoundNotFoundException(roundSlug);
            await RoundAccess.EnsureOpenAsync(db, round, viewer, cancellationToken);
            return new RankingTable(round.Slug, round.Name, round.RankingMethod, [], [], viewer.SeesEverything || round.IsPublished, 0, []);
        }
        return await ReadAsync(analysis, viewer, filter, sort, cancellationToken);
    }

    /// <summary>The ranking of an analysis a page already holds (it must be the one <see cref="RoundAnalyzer"/> gave this viewer).</summary>
    public async Task<RankingTable> ReadAsync(
        RoundAnalysis analysis, RoundViewer viewer, RankingFilter? filter = null, RankingSort? sort = null, CancellationToken cancellationToken = default)
    {
        var rows = await RowsAsync(analysis, viewer, cancellationToken);
        var (filtered, sorted) = (filter is not null && !filter.IsEmpty, sort is not null && sort != RankingSort.ByRank);
        // Unfiltered in rank order, the rows as built (no copy); otherwise a list of the rows asked for, once.
        IReadOnlyList<RankedPair> shown = !filtered && !sorted ? rows
            : [.. (sorted ? sort!.Apply(filter?.Apply(rows) ?? rows) : filter!.Apply(rows))];
        return new RankingTable(
            analysis.Round.Slug, analysis.Round.Name, analysis.Round.RankingMethod, analysis.Criteria, analysis.Weights, analysis.SeesEverything,
            rows.Count, shown);
    }

    /// <summary>
    /// Every row in rank order, built once per analysis and viewer kind, and again only when scores change: a
    /// grid's paging, sorting and filtering then work on the same list.
    /// </summary>
    private Task<IReadOnlyList<RankedPair>> RowsAsync(RoundAnalysis analysis, RoundViewer viewer, CancellationToken cancellationToken)
    {
        var decisionsShown = DecisionsShown(analysis, viewer);
        return analysis.RememberAsync($"ranking:rows:{decisionsShown}", dependsOnScores: true, async () =>
        {
            // Decisions change only with a reload of the round (they are in its analysis), never with a score.
            var decisions = await analysis.RememberAsync($"ranking:decisions:{decisionsShown}", dependsOnScores: false,
                () => DecisionsAsync(analysis.Round.Id, decisionsShown, cancellationToken));
            return Build(analysis, decisions);
        });
    }

    internal static IReadOnlyList<RankedPair> Build(RoundAnalysis analysis, IReadOnlyDictionary<PairKey, (RankedDecision Decision, string? Rationale)> decisions)
    {
        var ranks = analysis.OverallRanks;
        var ranked = InRankOrder(ranks);
        var decided = DecisionsByPair(analysis, decisions);

        var (aggregate, index, inTechnology, longlist) = (analysis.Aggregate, analysis.Index, analysis.RanksInTechnology, analysis.Longlist);
        var thresholds = analysis.Round.DisagreementThresholds;
        var contradictions = analysis.Contradictions;
        var criteria = analysis.Criteria.Count;
        // One array holds every row's criteria, each row a window on it: 37,000 small arrays cost the garbage
        // collector more than building the rows did.
        var figures = new RankedCriterion[ranked.Length * criteria];
        var rows = new RankedPair[ranked.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var pair = ranked[i];
            var (country, technology) = (analysis.CountryOf(pair), analysis.TechnologyOf(pair));
            var disagreement = false;
            for (var c = 0; c < criteria; c++)
            {
                var statistics = aggregate.Statistics(pair, c);
                var flagged = thresholds.AreExceededBy(statistics);
                figures[i * criteria + c] = new RankedCriterion(statistics.Mean, statistics.StandardDeviation, statistics.N, flagged);
                disagreement |= flagged;
            }
            var (verdict, reason) = longlist.TryGetValue(pair, out var listed)
                ? (listed.IsLonglisted ? LonglistVerdict.Longlisted : LonglistVerdict.NotLonglisted, listed.Reason)
                : (LonglistVerdict.NoEvidence, null);
            var (decision, rationale) = decided.TryGetValue(pair, out var found) ? found : (RankedDecision.None, null);
            rows[i] = new RankedPair(
                country.Code, country.Name, technology.Slug, technology.Name, technology.Theme,
                index.Index(pair), ranks[pair], inTechnology[pair], new ArraySegment<RankedCriterion>(figures, i * criteria, criteria), verdict, reason, disagreement, decision, rationale,
                analysis.ScreeningOf(pair).Level, contradictions.InPair(pair));
        }
        return rows;
    }

    /// <summary>
    /// The ranked pairs by rank, ties in the score sheet's order (country, then technology) as on the page. Ranks
    /// run from 1 to at most the number of pairs, so a counting sort places them without comparing any two.
    /// </summary>
    private static int[] InRankOrder(int[] ranks)
    {
        var atRank = new int[ranks.Length + 2];
        foreach (var rank in ranks)
        {
            if (rank > 0)
            {
                atRank[rank + 1]++;
            }
        }
        for (var rank = 1; rank < atRank.Length; rank++)
        {
            atRank[rank] += atRank[rank - 1];
        }
        var ordered = new int[atRank[^1]];
        for (var pair = 0; pair < ranks.Length; pair++)
        {
            if (ranks[pair] > 0)
            {
                ordered[atRank[ranks[pair]]++] = pair;
            }
        }
        return ordered;
    }

    /// <summary>The decisions by the analysis's pair number: a few hundred lookups by code instead of one per ranked pair.</summary>
    private static Dictionary<int, (RankedDecision, string?)> DecisionsByPair(
        RoundAnalysis analysis, IReadOnlyDictionary<PairKey, (RankedDecision Decision, string? Rationale)> decisions)
    {
        var byPair = new Dictionary<int, (RankedDecision, string?)>(decisions.Count);
        if (decisions.Count == 0)
        {
            return byPair;
        }
        var countries = analysis.Countries.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var technologies = analysis.Technologies.Select((t, i) => (t.Slug, i)).ToDictionary(x => x.Slug, x => x.i);
        foreach (var (key, decision) in decisions)
        {
            if (countries.TryGetValue(key.CountryCode, out var country) && technologies.TryGetValue(key.TechnologySlug, out var technology))
            {
                byPair[analysis.PairOf(country, technology)] = decision;
            }
        }
        return byPair;
    }

    private enum DecisionsShownTo
    {
        /// <summary>Managers and admins: every decision and its rationale.</summary>
        Managers,

        /// <summary>Anyone else before publication: acceptances only, as Table 6.2 shows them.</summary>
        Acceptances,

        /// <summary>Anyone else after publication: acceptances and the rationale published with them.</summary>
        PublishedAcceptances,
    }

    private static DecisionsShownTo DecisionsShown(RoundAnalysis analysis, RoundViewer viewer) =>
        viewer.SeesEverything ? DecisionsShownTo.Managers
        : analysis.Round.IsPublished ? DecisionsShownTo.PublishedAcceptances
        : DecisionsShownTo.Acceptances;

    /// <summary>Each pair's decision; a grouping narrowed to named members (the study's "the EU (France, Germany)") counts when the whole grouping has none.</summary>
    private async Task<IReadOnlyDictionary<PairKey, (RankedDecision Decision, string? Rationale)>> DecisionsAsync(
        int roundId, DecisionsShownTo shown, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var partners = await db.ShortlistEntries.AsNoTracking().Where(e => e.RoundId == roundId)
            .SelectMany(e => e.Partners.Select(p => new { p.Country!.Code, e.Technology!.Slug, p.Qualifier, p.Decision, p.DecisionRationale }))
            .ToListAsync(cancellationToken);
        var decisions = new Dictionary<PairKey, (RankedDecision, string?)>();
        foreach (var partner in partners.OrderBy(p => p.Qualifier is null ? 0 : 1))
        {
            var decision = partner.Decision switch
            {
                ShortlistDecision.Accepted => RankedDecision.Accepted,
                ShortlistDecision.Rejected => RankedDecision.Rejected,
                ShortlistDecision.Deferred => RankedDecision.Deferred,
                _ => RankedDecision.None,
            };
            if (decision == RankedDecision.None || shown != DecisionsShownTo.Managers && decision != RankedDecision.Accepted)
            {
                continue;
            }
            var rationale = shown == DecisionsShownTo.Acceptances || string.IsNullOrWhiteSpace(partner.DecisionRationale) ? null : partner.DecisionRationale;
            decisions.TryAdd(new PairKey(partner.Code, partner.Slug), (decision, rationale));
        }
        return decisions;
    }
}
