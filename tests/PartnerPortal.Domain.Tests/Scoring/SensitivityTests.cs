using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Domain.Tests.Scoring;

public class SensitivityTests
{
    /// <summary>Three partners for one technology, two criteria; the proposal keeps one partner.</summary>
    private static (RoundAggregate Aggregate, List<ShortlistCandidate> Longlist) Round(byte[][] scores)
    {
        var sheet = new ScoreSheet(countries: scores.Length, technologies: 1, criteria: 2, analysts: 1);
        for (var country = 0; country < scores.Length; country++)
        {
            (sheet[country, 0, 0], sheet[country, 1, 0]) = (scores[country][0], scores[country][1]);
        }
        var aggregate = ScoreAggregator.Aggregate(sheet, [0.5, 0.5]);
        var longlist = Enumerable.Range(0, scores.Length)
            .Select(country => new ShortlistCandidate(country, 0, country, 0, "Europe", false, aggregate.Total(country)))
            .ToList();
        return (aggregate, longlist);
    }

    private static readonly PortfolioConstraints OnePartner = new(MaxTechnologies: 1, MaxPartnersPerTechnology: 1, RequireEmergingPartner: false, MinimumRegions: 1);

    [Fact]
    public void A_pair_that_leads_on_every_criterion_stays_first_under_any_weights()
    {
        var (aggregate, longlist) = Round([[5, 5], [3, 4], [2, 2]]);

        var result = Sensitivity.Run(aggregate, [0.5, 0.5], longlist, OnePartner, new SensitivityOptions(Draws: 500));

        Assert.Equal(1.0, result[0].ProbabilityInProposal);
        Assert.Equal((1, 1), (result[0].RankPercentile5, result[0].RankPercentile95));
        Assert.Equal(0.0, result[2].ProbabilityInProposal);
    }

    [Fact]
    public void Two_pairs_that_trade_places_with_the_weights_share_the_place_in_proportion()
    {
        // Equal totals at equal weights: whichever criterion a draw favours decides.
        var (aggregate, longlist) = Round([[5, 1], [1, 5], [1, 1]]);

        var result = Sensitivity.Run(aggregate, [0.5, 0.5], longlist, OnePartner, new SensitivityOptions(Draws: 2000, Seed: 9));

        Assert.InRange(result[0].ProbabilityInProposal, 0.4, 0.6);
        Assert.Equal(1.0, result[0].ProbabilityInProposal + result[1].ProbabilityInProposal, 12);
        Assert.Equal((1, 2), (result[0].RankPercentile5, result[0].RankPercentile95));
    }

    [Fact]
    public void The_same_seed_gives_the_same_answer()
    {
        var (aggregate, longlist) = Round([[5, 1], [1, 5], [3, 3]]);
        var options = new SensitivityOptions(Draws: 300, Seed: 42);

        Assert.Equal(
            Sensitivity.Run(aggregate, [0.6, 0.4], longlist, OnePartner, options),
            Sensitivity.Run(aggregate, [0.6, 0.4], longlist, OnePartner, options));
    }
}
