using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

public class ScoreSheetTests
{
    private static ScoreSheet Sheet()
    {
        var sheet = new ScoreSheet(countries: 2, technologies: 2, criteria: 2, analysts: 2);
        sheet[0, 0, 0] = 5;
        sheet[3, 1, 1] = 2;
        return sheet;
    }

    [Fact]
    public void A_clone_keeps_the_scores_and_changes_apart_from_the_original()
    {
        var original = Sheet();

        var clone = original.Clone();
        clone[0, 0, 0] = 1;

        Assert.Equal((5, 1, 2), (original[0, 0, 0], clone[0, 0, 0], clone[3, 1, 1]));
    }

    [Fact]
    public void A_sheet_widened_for_a_new_analyst_keeps_every_score_in_place_and_leaves_the_newcomer_unscored()
    {
        var wider = Sheet().WithAnalysts(3);

        Assert.Equal((5, 2, 0), (wider[0, 0, 0], wider[3, 1, 1], wider[3, 1, 2]));
        Assert.Equal(2, wider.Values.ToArray().Count(v => v != ScoreSheet.NotScored));
        Assert.Throws<ScoringInputException>(() => Sheet().WithAnalysts(1));
    }
}
