namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// For one technology, how far the analysts agree on the order of partner countries: each analyst's weighted
/// total per country becomes a ranking (ties share their mean rank), and Kendall's W measures concordance.
/// Only countries every analyst scored on every criterion can be ranked by all of them. The significance says
/// whether W is more than analysts ranking at random would give (null where there is no W).
/// </summary>
public sealed record TechnologyAgreement(int Technology, double? W, int Analysts, int Countries, KendallWSignificance? Significance = null)
{
    public static IReadOnlyList<TechnologyAgreement> PerTechnology(ScoreSheet sheet, IReadOnlyList<double> weights)
    {
        var normalised = ScoreAggregator.NormaliseWeights(weights, sheet.Criteria);
        var results = new List<TechnologyAgreement>(sheet.Technologies);
        var rankable = new List<int>(sheet.Countries);
        for (var technology = 0; technology < sheet.Technologies; technology++)
        {
            rankable.Clear();
            for (var country = 0; country < sheet.Countries; country++)
            {
                var pair = ScoreSheet.PairOf(country, technology, sheet.Technologies);
                if (ScoredByEveryone(sheet, pair))
                {
                    rankable.Add(pair);
                }
            }
            if (sheet.Analysts < 2 || rankable.Count < 2)
            {
                results.Add(new TechnologyAgreement(technology, null, sheet.Analysts, rankable.Count));
                continue;
            }
            var ranks = new IReadOnlyList<double>[sheet.Analysts];
            var totals = new double[rankable.Count];
            for (var analyst = 0; analyst < sheet.Analysts; analyst++)
            {
                for (var i = 0; i < rankable.Count; i++)
                {
                    var total = 0.0;
                    for (var criterion = 0; criterion < sheet.Criteria; criterion++)
                    {
                        total += normalised[criterion] * sheet[rankable[i], criterion, analyst];
                    }
                    totals[i] = total;
                }
                ranks[analyst] = MidRanks.HighestFirst(totals);
            }
            var w = KendallW.Compute(ranks);
            results.Add(new TechnologyAgreement(technology, w, sheet.Analysts, rankable.Count, KendallWSignificance.Of(w, sheet.Analysts, rankable.Count)));
        }
        return results;
    }

    /// <summary>Only a country every analyst scored on every criterion can be ranked by all of them.</summary>
    private static bool ScoredByEveryone(ScoreSheet sheet, int pair)
    {
        foreach (var value in sheet.Values.Slice(pair * sheet.Criteria * sheet.Analysts, sheet.Criteria * sheet.Analysts))
        {
            if (value == ScoreSheet.NotScored)
            {
                return false;
            }
        }
        return true;
    }
}
