using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

/// <summary>The pieces of an analyst's view of an open round: who has scored a pair, and figures of those pairs only.</summary>
public class AnalystViewTests
{
    /// <summary>Three countries, one technology, two criteria, two analysts. Analyst 0 scored pair 0 fully, pair 1 half.</summary>
    private static ScoreSheet Sheet()
    {
        var sheet = new ScoreSheet(countries: 3, technologies: 1, criteria: 2, analysts: 2);
        (sheet[0, 0, 0], sheet[0, 1, 0], sheet[0, 0, 1], sheet[0, 1, 1]) = (5, 1, 3, 3);
        (sheet[1, 0, 0], sheet[1, 0, 1], sheet[1, 1, 1]) = (4, 2, 2);
        (sheet[2, 0, 1], sheet[2, 1, 1]) = (5, 5);
        return sheet;
    }

    [Fact]
    public void An_analyst_has_scored_a_pair_only_with_a_1_to_5_score_on_every_criterion()
    {
        var sheet = Sheet();

        // "Insufficient evidence" is stored as not scored: a criterion answered so leaves the pair unscored.
        Assert.Equal([true, false, false], sheet.PairsScoredBy(0));
        Assert.Equal([true, true, true], sheet.PairsScoredBy(1));
    }

    [Fact]
    public void A_view_of_some_pairs_holds_their_figures_unchanged_and_none_of_the_others()
    {
        var sheet = Sheet();
        var aggregate = ScoreAggregator.Aggregate(sheet, [1, 1]);
        var index = PairScores.Compute(aggregate, [1, 1], RankingMethod.Topsis);
        bool[] visible = [true, false, true];

        var (seen, seenIndex, seenSheet) = (aggregate.Only(visible), index.Only(visible), sheet.Only(visible));

        Assert.Equal(aggregate.Statistics(0, 0), seen.Statistics(0, 0));
        Assert.Equal(aggregate.Total(2), seen.Total(2));
        Assert.Equal(default, seen.Statistics(1, 0));
        Assert.False(seen.IsComplete(1));
        Assert.True(aggregate.IsComplete(1));
        // The whole round's TOPSIS index, not one recomputed among the pairs kept.
        Assert.Equal(index.Index(2), seenIndex.Index(2));
        Assert.False(seenIndex.IsComplete(1));
        Assert.Equal(ScoreSheet.NotScored, seenSheet[1, 0, 1]);
        Assert.Equal(sheet[2, 1, 1], seenSheet[2, 1, 1]);
        // A view of a view sees only what both see.
        Assert.False(seen.Only([false, true, true]).IsComplete(1));
        Assert.True(seen.Only([false, true, true]).IsComplete(2));
        Assert.False(seen.Only([false, true, true]).IsComplete(0));
    }
}
