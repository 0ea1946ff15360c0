using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

public class ScoreAggregatorTests
{
    private const byte Skip = ScoreSheet.NotScored;

    /// <summary>One country, two technologies, two criteria, three analysts.</summary>
    private static ScoreSheet Small()
    {
        var sheet = new ScoreSheet(countries: 1, technologies: 2, criteria: 2, analysts: 3);
        byte[][] pair0 = [[1, 3, 5], [4, 4, Skip]];
        byte[][] pair1 = [[2, 3, Skip], [Skip, Skip, Skip]];
        foreach (var (scores, pair) in new[] { (pair0, 0), (pair1, 1) })
        {
            for (var criterion = 0; criterion < 2; criterion++)
            {
                for (var analyst = 0; analyst < 3; analyst++)
                {
                    sheet[pair, criterion, analyst] = scores[criterion][analyst];
                }
            }
        }
        return sheet;
    }

    [Fact]
    public void Each_pair_and_criterion_gets_n_mean_median_sample_deviation_and_range_leaving_out_unscored()
    {
        var aggregate = ScoreAggregator.Aggregate(Small(), [1, 3]);

        Assert.Equal(new CriterionStatistics(3, 3, 3, 2, 1, 5), aggregate.Statistics(0, 0));
        Assert.Equal(new CriterionStatistics(2, 4, 4, 0, 4, 4), aggregate.Statistics(0, 1));
        Assert.Equal(2.5, aggregate.Statistics(1, 0).Median);
        Assert.False(aggregate.Statistics(1, 1).HasScores);
    }

    [Fact]
    public void The_total_weighs_criterion_means_and_the_index_maps_one_to_five_onto_zero_to_hundred()
    {
        var aggregate = ScoreAggregator.Aggregate(Small(), [1, 3]);

        Assert.Equal(0.25 * 3 + 0.75 * 4, aggregate.Total(0), 12);
        Assert.Equal(68.75, aggregate.Index(0), 12);
    }

    [Fact]
    public void A_pair_missing_a_criterion_is_incomplete_shown_but_not_ranked()
    {
        var aggregate = ScoreAggregator.Aggregate(Small(), [1, 3]);

        Assert.False(aggregate.IsComplete(1));
        Assert.True(double.IsNaN(aggregate.Index(1)));
        Assert.Equal([1, 0], PairRanking.Overall(aggregate));
    }

    [Fact]
    public void Analysts_who_disagree_by_the_thresholds_are_flagged()
    {
        var flagged = Disagreement.Flag(ScoreAggregator.Aggregate(Small(), [1, 1]), new DisagreementThresholds());

        var (pair, criterion, stats) = Assert.Single(flagged);
        Assert.Equal((0, 0, 4), (pair, criterion, stats.Range));
    }

    [Fact]
    public void The_one_pass_aggregation_agrees_with_a_plain_computation_on_random_scores()
    {
        var random = new Random(3);
        var sheet = new ScoreSheet(countries: 7, technologies: 5, criteria: 5, analysts: 6);
        for (var pair = 0; pair < sheet.Pairs; pair++)
        {
            for (var criterion = 0; criterion < 5; criterion++)
            {
                for (var analyst = 0; analyst < 6; analyst++)
                {
                    sheet[pair, criterion, analyst] = (byte)random.Next(0, 6);
                }
            }
        }
        double[] weights = [0.3, 0.2, 0.2, 0.2, 0.1];

        var aggregate = ScoreAggregator.Aggregate(sheet, weights);

        for (var pair = 0; pair < sheet.Pairs; pair++)
        {
            var total = 0.0;
            for (var criterion = 0; criterion < 5; criterion++)
            {
                var scores = Enumerable.Range(0, 6).Select(a => (double)sheet[pair, criterion, a]).Where(s => s > 0).Order().ToList();
                var stats = aggregate.Statistics(pair, criterion);
                Assert.Equal(scores.Count, stats.N);
                if (scores.Count == 0)
                {
                    total = double.NaN;
                    continue;
                }
                var mean = scores.Average();
                var median = scores.Count % 2 == 1 ? scores[scores.Count / 2] : (scores[scores.Count / 2 - 1] + scores[scores.Count / 2]) / 2;
                var sd = scores.Count > 1 ? Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / (scores.Count - 1)) : 0;
                Assert.Equal(mean, stats.Mean, 12);
                Assert.Equal(median, stats.Median, 12);
                Assert.Equal(sd, stats.StandardDeviation, 12);
                total += weights[criterion] * mean;
            }
            Assert.Equal(total, aggregate.Total(pair), 12);
        }
    }

    [Fact]
    public void Rankings_within_a_technology_and_within_a_country_share_ranks_on_ties()
    {
        var sheet = new ScoreSheet(countries: 3, technologies: 2, criteria: 1, analysts: 1);
        byte[,] scores = { { 5, 2 }, { 3, 2 }, { 5, 4 } };
        for (var country = 0; country < 3; country++)
        {
            for (var technology = 0; technology < 2; technology++)
            {
                sheet[ScoreSheet.PairOf(country, technology, 2), 0, 0] = scores[country, technology];
            }
        }
        var aggregate = ScoreAggregator.Aggregate(sheet, [1]);

        var perTechnology = PairRanking.CountriesPerTechnology(aggregate);
        var perCountry = PairRanking.TechnologiesPerCountry(aggregate);

        Assert.Equal([1, 3, 1], new[] { 0, 2, 4 }.Select(pair => perTechnology[pair]));
        Assert.Equal([2, 2, 1], new[] { 1, 3, 5 }.Select(pair => perTechnology[pair]));
        Assert.Equal([1, 2], new[] { 0, 1 }.Select(pair => perCountry[pair]));
    }

    [Fact]
    public void A_score_outside_one_to_five_is_refused()
    {
        var sheet = new ScoreSheet(1, 1, 1, 1);

        Assert.Throws<ScoringInputException>(() => sheet[0, 0, 0] = 6);
    }
}
