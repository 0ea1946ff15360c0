using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Contradictions;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Contradictions;

/// <summary>
/// Whether a score an analyst has just given sits against the country data: a gentle note for the scoring page,
/// never a refusal. Reads the indicator standings the round's analysis keeps (country data, no one's scores).
/// </summary>
public sealed class ScoreDataCheck(RoundAnalyzer analyzer, IDbContextFactory<PortalDbContext> contextFactory)
{
    public async Task<IReadOnlyList<DataContradiction>> CheckAsync(
        string roundSlug, string countryCode, string criterionCode, byte score, CancellationToken cancellationToken = default)
    {
        if (score is < 1 or > 5 || (score > ContradictionFinder.LowTo && score < ContradictionFinder.HighFrom))
        {
            return [];
        }
        // The whole round's analysis, for its country data only: indicator standings are public, and no score of
        // anyone's is read here, so the analyst's view would only cost a copy.
        var analysis = await analyzer.AnalyseAsync(roundSlug, RoundViewer.Unrestricted, cancellationToken);
        var country = analysis.Countries.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Code == countryCode);
        var criterion = analysis.Criteria.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Code == criterionCode);
        if (country.c is null || criterion.c is null || analysis.Safeguards.CountryData[country.i, criterion.i] is not { } evidence)
        {
            return [];
        }
        var high = score >= ContradictionFinder.HighFrom;
        var standings = high ? evidence.AgainstHighScores : evidence.AgainstLowScores;
        if (standings.Count == 0)
        {
            return [];
        }
        var indicators = await IndicatorsAsync(standings.Select(s => s.IndicatorId), cancellationToken);
        return [.. standings.Where(s => indicators.ContainsKey(s.IndicatorId)).Select(s => Describe(country.c, s, indicators, high))];
    }

    /// <summary>The flags on one pair's scores in an analysis the caller may read (an analyst's view holds only what they may see).</summary>
    public async Task<IReadOnlyList<PairDataFlag>> InPairAsync(RoundAnalysis analysis, int pair, CancellationToken cancellationToken = default)
    {
        var flags = analysis.ContradictionsIn(pair);
        if (flags.Count == 0)
        {
            return [];
        }
        var indicators = await IndicatorsAsync(flags.Select(f => f.Evidence.IndicatorId), cancellationToken);
        var country = analysis.CountryOf(pair);
        return [.. flags.Where(f => indicators.ContainsKey(f.Evidence.IndicatorId))
            .Select(f => new PairDataFlag(analysis.Criteria[f.Criterion].Name, f.Score, Describe(country, f.Evidence, indicators, f.IsHighScore)))];
    }

    private async Task<Dictionary<int, Domain.Indicators.Indicator>> IndicatorsAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Indicators.AsNoTracking().Where(i => wanted.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
    }

    private static DataContradiction Describe(AnalysedCountry country, IndicatorStanding standing, Dictionary<int, Domain.Indicators.Indicator> indicators, bool high) =>
        new(country.Code, country.Name, indicators[standing.IndicatorId].Name, indicators[standing.IndicatorId].Unit,
            standing.Value, standing.Year, standing.Rank, standing.Of, high);
}
