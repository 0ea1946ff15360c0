using PartnerPortal.Domain.Contradictions;
using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Contradictions;

public class ContradictionFinderTests
{
    private static readonly IndicatorStanding Weak = new(IndicatorId: 1, CountryId: 10, Year: 2021, Value: 0.3, Rank: 58, Of: 71);
    private static readonly IndicatorStanding Strong = new(IndicatorId: 1, CountryId: 11, Year: 2021, Value: 4.8, Rank: 2, Of: 71);

    [Fact]
    public void A_high_score_for_a_country_in_the_weak_quartile_is_flagged_and_a_middle_score_is_not()
    {
        var sheet = new ScoreSheet(countries: 2, technologies: 2, criteria: 2, analysts: 2);
        sheet[ScoreSheet.PairOf(0, 1, 2), 0, 1] = 5;
        sheet[ScoreSheet.PairOf(0, 0, 2), 0, 0] = 3;
        sheet[ScoreSheet.PairOf(0, 0, 2), 0, 1] = 1;
        var evidence = new CriterionEvidence?[2, 2];
        evidence[0, 0] = CriterionEvidence.From([(Weak, true)]);

        var flag = Assert.Single(ContradictionFinder.InPair(sheet, evidence, 0, 1));
        var summary = ContradictionFinder.Summarise(sheet, evidence);

        Assert.Equal(new ContradictionFlag(Country: 0, Technology: 1, Criterion: 0, Analyst: 1, Score: 5, Weak), flag);
        Assert.True(flag.IsHighScore);
        Assert.Empty(ContradictionFinder.InPair(sheet, evidence, 0, 0));
        Assert.Equal(1, summary.Total);
        Assert.Equal(1, summary.InPair(ScoreSheet.PairOf(0, 1, 2)));
        Assert.Equal([0, 1], summary.PerAnalyst);
    }

    [Fact]
    public void A_low_score_for_a_country_in_the_strong_quartile_is_flagged()
    {
        var sheet = new ScoreSheet(1, 1, 1, 1);
        sheet[0, 0, 0] = 2;
        var evidence = new CriterionEvidence?[1, 1];
        evidence[0, 0] = CriterionEvidence.From([(Strong, true)]);

        var flag = Assert.Single(ContradictionFinder.InPair(sheet, evidence, 0, 0));

        Assert.False(flag.IsHighScore);
        Assert.Equal(Strong, flag.Evidence);
    }

    [Fact]
    public void An_indicator_where_higher_values_argue_for_lower_scores_turns_the_quartiles_round()
    {
        var evidence = CriterionEvidence.From([(Strong, false)]);

        Assert.NotNull(evidence);
        Assert.Equal([Strong], evidence.AgainstHighScores);
        Assert.Empty(evidence.AgainstLowScores);
    }

    [Fact]
    public void Unscored_and_insufficient_evidence_cells_and_middle_quartiles_raise_nothing()
    {
        var sheet = new ScoreSheet(1, 1, 1, 2);
        var middle = Weak with { Rank = 30 };

        Assert.Null(CriterionEvidence.From([(middle, true)]));
        var evidence = new CriterionEvidence?[1, 1];
        evidence[0, 0] = CriterionEvidence.From([(Weak, true), (Strong, true)]);
        Assert.Empty(ContradictionFinder.InPair(sheet, evidence, 0, 0));
        Assert.Equal(0, ContradictionFinder.Summarise(sheet, evidence).Total);
    }

    [Fact]
    public void Two_contradicting_indicators_make_two_flags_on_one_score()
    {
        var sheet = new ScoreSheet(1, 1, 1, 1);
        sheet[0, 0, 0] = 4;
        var evidence = new CriterionEvidence?[1, 1];
        evidence[0, 0] = CriterionEvidence.From([(Weak, true), (Weak with { IndicatorId = 2 }, true)]);

        Assert.Equal(2, ContradictionFinder.InPair(sheet, evidence, 0, 0).Count);
        Assert.Equal(2, ContradictionFinder.Summarise(sheet, evidence).InPair(0));
    }

    [Fact]
    public void Evidence_shaped_unlike_the_sheet_is_refused()
    {
        Assert.Throws<ScoringInputException>(() => ContradictionFinder.Summarise(new ScoreSheet(2, 1, 5, 1), new CriterionEvidence?[2, 4]));
    }
}
