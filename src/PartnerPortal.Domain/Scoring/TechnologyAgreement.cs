namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// For one technology, how far the analysts agree on the order of partner countries: each analyst's weighted
/// total per country becomes a ranking (ties share their mean rank), and Kendall's W measures concordance.
/// Only countries every analyst scored on every criterion can be ranked by all of them.
/// </summary>
public sealed record TechnologyAgreement(int Technology, double? W, int Analysts, int Countries)
{
    public static IReadOnlyList<TechnologyAgreement> PerTechnology(ScoreSheet sheet, IReadOnlyList<double> weights)
    {
        var normalised = ScoreAggregator.NormaliseWeights(weights, sheet.Criteria);
        var results = new List<TechnologyAgreement>(sheet.Technologies);
        for (var technology = 0; technology < sheet.Technologies; technology++)
        {
            var totals = new double[sheet.Analysts][];
            var rankable = new List<int>();
            for (var country = 0; country < sheet.Countries; country++)
            {
                var pair = ScoreSheet.PairOf(country, technology, sheet.Technologies);
                var complete = Enumerable.Range(0, sheet.Analysts).All(a => Enumerable.Range(0, sheet.Criteria).All(c => sheet[pair, c, a] != ScoreSheet.NotScored));
                if (complete)
                {
                    rankable.Add(pair);
                }
            }
            if (sheet.Analysts < 2 || rankable.Count < 2)
            {
                results.Add(new TechnologyAgreement(technology, null, sheet.Analysts, rankable.Count));
                continue;
            }
            for (var analyst = 0; analyst < sheet.Analysts; analyst++)
            {
                totals[analyst] = [.. rankable.Select(pair => Enumerable.Range(0, sheet.Criteria).Sum(c => normalised[c] * sheet[pair, c, analyst]))];
            }
            var ranks = totals.Select(t => (IReadOnlyList<double>)MeanRanks(t)).ToList();
            results.Add(new TechnologyAgreement(technology, KendallW.Compute(ranks), sheet.Analysts, rankable.Count));
        }
        return results;
    }

    /// <summary>Rank 1 for the highest total; equal totals share the mean of the ranks they span.</summary>
    private static double[] MeanRanks(double[] totals)
    {
        var order = Enumerable.Range(0, totals.Length).OrderByDescending(i => totals[i]).ToArray();
        var ranks = new double[totals.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && Math.Abs(totals[order[end + 1]] - totals[order[start]]) < 1e-12)
            {
                end++;
            }
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = (start + end) / 2.0 + 1;
            }
            start = end + 1;
        }
        return ranks;
    }
}
