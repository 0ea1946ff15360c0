using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Shortlisting;

public class ShortlistDecisionsTests : SeededStudyTests
{
    private ShortlistDecisions Decisions => Services.GetRequiredService<ShortlistDecisions>();

    [Fact]
    public async Task An_accepted_pair_joins_the_shortlist_and_a_rejected_one_does_not()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");

        Assert.Null(await Decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Accepted, "World-leading cell chemistry.", null));
        Assert.Null(await Decisions.DecideAsync("rebench", "CAN", "sustainable-plastics", ShortlistDecision.Rejected, "Covered by the bilateral programme.", null));

        var rows = await Services.GetRequiredService<ShortlistReader>().ReadAsync(round.Id, PairVisibility.All);
        var row = Assert.Single(rows);
        Assert.Equal(["China"], row.Partners);
        var analysis = await Services.GetRequiredService<RoundAnalyzer>().AnalyseAsync("rebench", RoundViewer.Unrestricted);
        Assert.Equal([new PairKey("CHN", "batteries")], analysis.Shortlisted);
    }

    [Fact]
    public async Task A_country_outside_the_longlist_can_be_added_with_a_rationale_and_never_without()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");

        var missing = await Assert.ThrowsAsync<ShortlistDecisionException>(() => Decisions.DecideAsync("rebench", "ISR", "batteries", ShortlistDecision.Accepted, "  ", null));
        var home = await Assert.ThrowsAsync<ShortlistDecisionException>(() => Decisions.DecideAsync("rebench", "GBR", "batteries", ShortlistDecision.Accepted, "why not", null));
        Assert.Null(await Decisions.DecideAsync("rebench", "ISR", "batteries", ShortlistDecision.Accepted, "Workshop: strong start-up base despite no national programme.", null));

        Assert.Contains("rationale", missing.Message);
        Assert.Contains("home country", home.Message);
        var decision = Assert.Single(await Decisions.ReadAsync("rebench"));
        Assert.Equal(("ISR", ShortlistDecision.Accepted), (decision.CountryCode, decision.Decision));
    }

    [Fact]
    public async Task One_decision_and_rationale_are_recorded_for_several_pairs_at_once()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        await Decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Deferred, "Wait for the trade review.", null);
        var deferred = Assert.Single(await Decisions.ReadAsync("rebench"));

        Assert.Null(await Decisions.DecideAllAsync("rebench",
            [new("CHN", "batteries", deferred.Version), new("KOR", "batteries", null), new("CAN", "sustainable-plastics", null)],
            ShortlistDecision.Accepted, "Workshop of 12 May: all three are strong."));

        var decisions = await Decisions.ReadAsync("rebench");
        Assert.Equal(3, decisions.Count);
        Assert.All(decisions, d => Assert.Equal((ShortlistDecision.Accepted, "Workshop of 12 May: all three are strong."), (d.Decision, d.Rationale)));
    }

    [Fact]
    public async Task A_bulk_decision_with_one_stale_pair_saves_none_and_names_that_pair()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        await Decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Deferred, "Wait for the trade review.", null);
        var seen = Assert.Single(await Decisions.ReadAsync("rebench"));
        await Decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Rejected, "Trade review failed.", seen.Version);

        var conflict = await Decisions.DecideAllAsync("rebench",
            [new("KOR", "batteries", null), new("CHN", "batteries", seen.Version)], ShortlistDecision.Accepted, "All strong.");

        Assert.Equal(("CHN", ShortlistDecision.Rejected), (conflict!.Current.CountryCode, conflict.Current.Decision));
        var decision = Assert.Single(await Decisions.ReadAsync("rebench"));
        Assert.Equal("Trade review failed.", decision.Rationale);
    }

    [Fact]
    public async Task A_bulk_decision_refuses_an_empty_selection_and_a_pair_listed_twice()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");

        var empty = await Assert.ThrowsAsync<ShortlistDecisionException>(() => Decisions.DecideAllAsync("rebench", [], ShortlistDecision.Accepted, "Fine."));
        var twice = await Assert.ThrowsAsync<ShortlistDecisionException>(() => Decisions.DecideAllAsync("rebench",
            [new("KOR", "batteries", null), new("KOR", "batteries", null)], ShortlistDecision.Accepted, "Fine."));

        Assert.Contains("at least one pair", empty.Message);
        Assert.Contains("twice", twice.Message);
        Assert.Empty(await Decisions.ReadAsync("rebench"));
    }

    [Fact]
    public async Task A_decision_based_on_an_older_one_is_refused_and_the_newer_kept()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        await Decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Deferred, "Wait for the trade review.", null);
        var seen = Assert.Single(await Decisions.ReadAsync("rebench"));
        Assert.Null(await Decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Accepted, "Trade review cleared it.", seen.Version));

        var conflict = await Decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Rejected, "Too risky.", seen.Version);
        var blind = await Decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Rejected, "Too risky.", null);

        Assert.Equal(ShortlistDecision.Accepted, conflict!.Current.Decision);
        Assert.NotNull(blind);
        Assert.Equal("Trade review cleared it.", Assert.Single(await Decisions.ReadAsync("rebench")).Rationale);
    }

    [Fact]
    public async Task Two_managers_first_decisions_on_one_technology_at_the_same_time_are_both_kept()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        // Both decisions reach the creation of the technology's shortlist entry before either may insert it.
        await using var entries = await HeldTableLock.HoldAsync(Services.GetRequiredService<PortalDatabase>().ConnectionString, "shortlist_entries");
        var first = Task.Run(() => Decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Accepted, "World-leading cell chemistry.", null));
        var second = Task.Run(() => Decisions.DecideAsync("rebench", "CAN", "batteries", ShortlistDecision.Rejected, "Covered by the bilateral programme.", null));
        await entries.UntilWaitingAsync(2, first, second);
        await entries.ReleaseAsync();

        Assert.All(await Task.WhenAll(first, second), Assert.Null);
        var decisions = (await Decisions.ReadAsync("rebench")).OrderBy(d => d.CountryCode).Select(d => (d.CountryCode, d.Decision)).ToList();
        Assert.Equal([("CAN", ShortlistDecision.Rejected), ("CHN", ShortlistDecision.Accepted)], decisions);
    }

    [Fact]
    public async Task Two_managers_first_decisions_on_the_same_pair_at_the_same_time_keep_one_and_show_the_other_the_conflict()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        await using var entries = await HeldTableLock.HoldAsync(Services.GetRequiredService<PortalDatabase>().ConnectionString, "shortlist_entries");
        var accept = Task.Run(() => Decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Accepted, "World-leading cell chemistry.", null));
        var reject = Task.Run(() => Decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Rejected, "Export controls.", null));
        await entries.UntilWaitingAsync(2, accept, reject);
        await entries.ReleaseAsync();

        var results = await Task.WhenAll(accept, reject);
        var conflict = Assert.Single(results, r => r is not null)!;
        var kept = Assert.Single(await Decisions.ReadAsync("rebench"));
        Assert.Equal((kept.Decision, kept.Rationale, kept.Version), (conflict.Current.Decision, conflict.Current.Rationale, conflict.Current.Version));
        Assert.Equal("system", conflict.SavedBy);
    }

    [Fact]
    public async Task A_published_round_takes_no_decisions()
    {
        await Assert.ThrowsAsync<RoundClosedException>(() =>
            Decisions.DecideAsync(Study.RoundSlug, "CHN", "batteries", ShortlistDecision.Rejected, "After the fact.", null));
    }
}
