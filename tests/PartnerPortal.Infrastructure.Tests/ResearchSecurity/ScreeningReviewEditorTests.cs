using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.ResearchSecurity;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.ResearchSecurity;

public class ScreeningReviewEditorTests : SeededStudyTests
{
    private const string Round = "secure";
    private const string Quantum = "quantum-systems-manufacturing";

    private ScreeningReviewEditor Reviews => Services.GetRequiredService<ScreeningReviewEditor>();
    private ShortlistDecisions Decisions => Services.GetRequiredService<ShortlistDecisions>();

    [Fact]
    public async Task A_high_pair_is_refused_acceptance_until_it_has_a_mitigation_plan_then_accepted()
    {
        await CreateRoundRequiringPlansAsync();

        var refused = await Assert.ThrowsAsync<ShortlistDecisionException>(() =>
            Decisions.DecideAsync(Round, "CHN", Quantum, ShortlistDecision.Accepted, "World-leading partner.", null));
        Assert.Contains("China – Quantum systems manufacturing is screened High", refused.Message);
        Assert.Contains("requires a mitigation plan", refused.Message);
        Assert.DoesNotContain(await Decisions.ReadAsync(Round), d => d.TechnologySlug == Quantum);

        Assert.Null(await Reviews.SaveAsync(Round, "CHN", Quantum, new ScreeningReviewInput(null, "",
            "Partner vetted by the research-security office; no export-controlled work packages.", MitigationMeasure.PartnerDueDiligence | MitigationMeasure.ExportControlCheck), null));
        Assert.Null(await Decisions.DecideAsync(Round, "CHN", Quantum, ShortlistDecision.Accepted, "World-leading partner.", null));

        var decision = Assert.Single(await Decisions.ReadAsync(Round), d => d.TechnologySlug == Quantum);
        Assert.Equal(ShortlistDecision.Accepted, decision.Decision);
    }

    [Fact]
    public async Task Rejecting_or_deferring_a_high_pair_needs_no_plan_and_a_round_that_requires_none_accepts_it()
    {
        await CreateRoundRequiringPlansAsync();

        Assert.Null(await Decisions.DecideAsync(Round, "CHN", Quantum, ShortlistDecision.Deferred, "Wait for the security review.", null));
        var settings = Services.GetRequiredService<RoundScreeningSettingsEditor>();
        var stale = await settings.ReadAsync(Round);
        Assert.Null(await settings.SaveAsync(Round, stale with { RequireMitigationForHigh = false }));
        Assert.NotNull(await settings.SaveAsync(Round, stale with { HighLevelPairs = HighLevelPairPolicy.Exclude }));
        var deferred = Assert.Single(await Decisions.ReadAsync(Round), d => d.TechnologySlug == Quantum);

        Assert.Null(await Decisions.DecideAsync(Round, "CHN", Quantum, ShortlistDecision.Accepted, "Accepted as open research.", deferred.Version));
    }

    [Fact]
    public async Task An_override_needs_a_rationale_and_is_applied_and_a_stale_review_is_refused_with_the_current_one()
    {
        await CreateRoundRequiringPlansAsync();

        var missing = await Assert.ThrowsAsync<ScreeningReviewException>(() =>
            Reviews.SaveAsync(Round, "CHN", Quantum, new ScreeningReviewInput(ScreeningLevel.Medium, "  ", "", MitigationMeasure.None), null));
        Assert.Equal(nameof(ScreeningReviewInput.OverrideRationale), missing.Field);

        Assert.Null(await Reviews.SaveAsync(Round, "CHN", Quantum, new ScreeningReviewInput(ScreeningLevel.Medium, "Published algorithms only.", "", MitigationMeasure.None), null));
        var (screening, review) = await Reviews.ReadAsync(Round, "CHN", Quantum);
        Assert.Equal((ScreeningLevel.Medium, ScreeningLevel.High), (screening.Level, screening.Derived));
        Assert.Null(await Decisions.DecideAsync(Round, "CHN", Quantum, ShortlistDecision.Accepted, "Medium after review.", null));

        var stale = await Reviews.SaveAsync(Round, "CHN", Quantum, new ScreeningReviewInput(ScreeningLevel.Low, "Nothing sensitive.", "", MitigationMeasure.None), null);
        Assert.NotNull(stale);
        Assert.Equal(ScreeningLevel.Medium, stale.Current.OverrideLevel);
        Assert.Equal(review!.Version, stale.Current.Version);
    }

    [Fact]
    public async Task Measures_outside_the_toolkit_and_pairs_outside_the_round_are_refused()
    {
        await CreateRoundRequiringPlansAsync();

        await Assert.ThrowsAsync<ScreeningReviewException>(() =>
            Reviews.SaveAsync(Round, "CHN", Quantum, new ScreeningReviewInput(null, "", "Plan.", (MitigationMeasure)64), null));
        var outside = await Assert.ThrowsAsync<ScreeningReviewException>(() =>
            Reviews.SaveAsync(Round, "CHN", "cold-fusion", new ScreeningReviewInput(null, "", "Plan.", MitigationMeasure.SecurityTraining), null));
        Assert.Contains("not in the scope", outside.Message);
    }

    private async Task CreateRoundRequiringPlansAsync()
    {
        await StudyRoundCopy.CreateAsync(Services, Round);
        var settings = Services.GetRequiredService<RoundScreeningSettingsEditor>();
        Assert.Null(await settings.SaveAsync(Round, await settings.ReadAsync(Round) with { RequireMitigationForHigh = true }));
    }
}
