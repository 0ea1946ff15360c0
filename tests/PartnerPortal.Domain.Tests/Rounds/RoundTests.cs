using PartnerPortal.Domain.Rounds;

namespace PartnerPortal.Domain.Tests.Rounds;

public class RoundTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static Round NewRound(RoundStatus status = RoundStatus.Draft) =>
        new() { Slug = "r", Name = "R", Agency = "A", Description = "", Status = status };

    [Fact]
    public void A_round_moves_draft_scoring_review_published_and_publishing_dates_it()
    {
        var round = NewRound();

        round.MoveTo(RoundStatus.Scoring, Today);
        round.MoveTo(RoundStatus.Review, Today);
        round.MoveTo(RoundStatus.Published, Today);

        Assert.Equal(RoundStatus.Published, round.Status);
        Assert.Equal(Today, round.PublishedOn);
    }

    [Fact]
    public void Review_can_send_a_round_back_to_scoring()
    {
        var round = NewRound(RoundStatus.Review);

        round.MoveTo(RoundStatus.Scoring, Today);

        Assert.Equal(RoundStatus.Scoring, round.Status);
    }

    [Theory]
    [InlineData(RoundStatus.Draft, RoundStatus.Published)]
    [InlineData(RoundStatus.Draft, RoundStatus.Review)]
    [InlineData(RoundStatus.Scoring, RoundStatus.Published)]
    [InlineData(RoundStatus.Scoring, RoundStatus.Draft)]
    public void Skipping_a_step_is_refused_with_the_allowed_path(RoundStatus from, RoundStatus to)
    {
        var round = NewRound(from);

        var error = Assert.Throws<RoundClosedException>(() => round.MoveTo(to, Today));

        Assert.Contains("Draft → Scoring → Review → Published", error.Message);
        Assert.Equal(from, round.Status);
    }

    [Fact]
    public void A_published_round_refuses_every_change()
    {
        var round = NewRound(RoundStatus.Review);
        round.MoveTo(RoundStatus.Published, Today);

        Assert.Throws<RoundClosedException>(round.EnsureEditable);
        Assert.Throws<RoundClosedException>(round.EnsureScoringOpen);
        var error = Assert.Throws<RoundClosedException>(() => round.MoveTo(RoundStatus.Scoring, Today));
        Assert.Contains("published on 21 November 2026", error.Message);
    }

    [Fact]
    public void Scores_are_taken_only_while_scoring()
    {
        Assert.Throws<RoundClosedException>(NewRound(RoundStatus.Draft).EnsureScoringOpen);
        Assert.Throws<RoundClosedException>(NewRound(RoundStatus.Review).EnsureScoringOpen);
        NewRound(RoundStatus.Scoring).EnsureScoringOpen();
    }

    [Fact]
    public void The_round_settings_default_to_the_study_and_the_issue()
    {
        var round = NewRound();

        Assert.Equal(new(5, null), round.LonglistRule);
        Assert.Equal(new(1.0, 2), round.DisagreementThresholds);
        Assert.Equal(new(1000, 0.20, 1), round.SensitivityOptions);
        Assert.Equal(16, round.PortfolioConstraints.MaxTechnologies);
    }
}
