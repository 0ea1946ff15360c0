using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

public class IncrementalUpdateTests
{
    [Fact]
    public void Recomputing_the_changed_pair_gives_what_a_full_recompute_gives()
    {
        var random = new Random(21);
        var sheet = new ScoreSheet(countries: 6, technologies: 4, criteria: 5, analysts: 4);
        for (var pair = 0; pair < sheet.Pairs; pair++)
        {
            for (var c = 0; c < 5; c++)
            {
                for (var a = 0; a < 4; a++)
                {
                    sheet[pair, c, a] = (byte)random.Next(1, 6);
                }
            }
        }
        double[] weights = [0.3, 0.2, 0.2, 0.2, 0.1];
        var aggregate = ScoreAggregator.Aggregate(sheet, weights);

        sheet[7, 2, 1] = 1;
        sheet[7, 4, 3] = ScoreSheet.NotScored;
        ScoreAggregator.RecomputePair(aggregate, sheet, weights, pair: 7);

        var full = ScoreAggregator.Aggregate(sheet, weights);
        for (var pair = 0; pair < sheet.Pairs; pair++)
        {
            Assert.Equal(full.Total(pair), aggregate.Total(pair), 12);
            for (var c = 0; c < 5; c++)
            {
                Assert.Equal(full.Statistics(pair, c), aggregate.Statistics(pair, c));
            }
        }
    }
}
