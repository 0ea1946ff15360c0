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
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = standings.Select(s => s.IndicatorId).ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        return [.. standings.Where(s => indicators.ContainsKey(s.IndicatorId)).Select(s => new DataContradiction(
            country.c.Code, country.c.Name, indicators[s.IndicatorId].Name, indicators[s.IndicatorId].Unit, s.Value, s.Year, s.Rank, s.Of, high))];
    }
}
