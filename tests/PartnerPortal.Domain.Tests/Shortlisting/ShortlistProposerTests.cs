using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Domain.Tests.Shortlisting;

public class ShortlistProposerTests
{
    private static int _pair;

    private static ShortlistCandidate Candidate(int technology, int country, double score, int theme = 0, string region = "Europe", bool emerging = false) =>
        new(Interlocked.Increment(ref _pair), technology, country, theme, region, emerging, score);

    private static readonly PortfolioConstraints Loose = new(MaxTechnologies: 10, MaxPartnersPerTechnology: 10, MaxOpportunitiesPerCountry: 10,
        CoverEveryTheme: false, RequireEmergingPartner: false, MinimumRegions: 1);

    [Fact]
    public void The_best_technologies_and_their_best_partners_are_proposed_within_the_limits()
    {
        var candidates = new[]
        {
            Candidate(technology: 1, country: 1, score: 4.5), Candidate(1, 2, 4.0), Candidate(1, 3, 3.0),
            Candidate(2, 1, 3.5), Candidate(3, 1, 4.8), Candidate(3, 2, 2.0),
        };

        var proposal = ShortlistProposer.Propose(candidates, Loose with { MaxTechnologies = 2, MaxPartnersPerTechnology = 2 });

        Assert.Equal([(3, 1), (3, 2), (1, 1), (1, 2)], proposal.Pairs.Select(p => (p.Candidate.Technology, p.Candidate.Country)));
        Assert.Empty(proposal.UnmetConstraints);
    }

    [Fact]
    public void Every_theme_gets_a_technology_even_when_it_scores_below_other_themes()
    {
        var candidates = new[] { Candidate(1, 1, 4.9, theme: 0), Candidate(2, 1, 4.8, theme: 0), Candidate(3, 1, 2.0, theme: 1) };

        var proposal = ShortlistProposer.Propose(candidates, Loose with { MaxTechnologies = 2, CoverEveryTheme = true });

        Assert.Equal([1, 3], proposal.Pairs.Select(p => p.Candidate.Technology));
    }

    [Fact]
    public void No_country_gets_more_opportunities_than_the_cap()
    {
        var candidates = Enumerable.Range(1, 5).Select(t => Candidate(t, country: 1, score: 5 - t * 0.1)).Append(Candidate(5, 2, 1.0)).ToArray();

        var proposal = ShortlistProposer.Propose(candidates, Loose with { MaxOpportunitiesPerCountry = 2 });

        Assert.Equal(2, proposal.Pairs.Count(p => p.Candidate.Country == 1));
        Assert.Contains(proposal.Pairs, p => p.Candidate.Country == 2);
    }

    [Fact]
    public void An_emerging_partner_replaces_the_weakest_pair_when_none_made_it_on_score()
    {
        var candidates = new[] { Candidate(1, 1, 4.5), Candidate(1, 2, 4.0), Candidate(1, 3, 3.0, emerging: true) };

        var proposal = ShortlistProposer.Propose(candidates, Loose with { MaxPartnersPerTechnology = 2, RequireEmergingPartner = true });

        Assert.Equal([1, 3], proposal.Pairs.Select(p => p.Candidate.Country));
        var emerging = proposal.Pairs.Single(p => p.Candidate.Country == 3);
        Assert.Equal(ProposalRule.EmergingPartner, emerging.Rule);
        Assert.Equal("Brought in by the emerging-partner rule: 3rd of 3 longlisted partners for this technology (index 3); the technology is among the best-scoring.", emerging.Reason);
    }

    [Fact]
    public void Each_proposed_pair_names_its_own_rank_among_the_technologys_candidates()
    {
        var candidates = new[] { Candidate(1, 1, 72.5), Candidate(1, 2, 61.25), Candidate(1, 3, 40) };

        var proposal = ShortlistProposer.Propose(candidates, Loose);

        Assert.Equal(
            [
                "Ranked 1st of 3 longlisted partners for this technology (index 72.5); the technology is among the best-scoring.",
                "Ranked 2nd of 3 longlisted partners for this technology (index 61.3); the technology is among the best-scoring.",
                "Ranked 3rd of 3 longlisted partners for this technology (index 40); the technology is among the best-scoring.",
            ],
            proposal.Pairs.Select(p => p.Reason));
    }

    [Fact]
    public void A_technology_chosen_only_to_cover_its_theme_says_so()
    {
        var candidates = new[] { Candidate(1, 1, 4.9, theme: 0), Candidate(2, 1, 4.8, theme: 0), Candidate(3, 1, 2.0, theme: 1) };

        var proposal = ShortlistProposer.Propose(candidates, Loose with { MaxTechnologies = 2, CoverEveryTheme = true });

        Assert.Equal(TechnologyChoice.AmongTheBest, proposal.Pairs.Single(p => p.Candidate.Technology == 1).TechnologyChosenAs);
        Assert.Equal(TechnologyChoice.BestOfItsTheme, proposal.Pairs.Single(p => p.Candidate.Technology == 3).TechnologyChosenAs);
        Assert.EndsWith("the technology is its theme's best-scoring.", proposal.Pairs.Single(p => p.Candidate.Technology == 3).Reason);
    }

    [Fact]
    public void Regions_are_added_until_the_minimum_without_dropping_the_only_emerging_partner()
    {
        var candidates = new[]
        {
            Candidate(1, 1, 4.9, region: "Europe"), Candidate(1, 2, 4.8, region: "Europe", emerging: true),
            Candidate(1, 3, 3.0, region: "East Asia"), Candidate(1, 4, 2.0, region: "North America"),
        };

        var proposal = ShortlistProposer.Propose(candidates, Loose with { MaxPartnersPerTechnology = 2, RequireEmergingPartner = true, MinimumRegions = 2 });

        Assert.Equal(2, proposal.Pairs.Select(p => p.Candidate.Region).Distinct().Count());
        Assert.Contains(proposal.Pairs, p => p.Candidate.IsEmerging);
        Assert.Empty(proposal.UnmetConstraints);
    }

    [Fact]
    public void A_rule_the_longlist_cannot_satisfy_is_reported_not_ignored()
    {
        var candidates = new[] { Candidate(1, 1, 4.0, region: "Europe"), Candidate(1, 2, 3.0, region: "Europe") };

        var proposal = ShortlistProposer.Propose(candidates, Loose with { RequireEmergingPartner = true, MinimumRegions = 3 });

        Assert.Contains("No emerging partner is longlisted for the chosen technologies.", proposal.UnmetConstraints);
        Assert.Contains("Only 1 world regions can be covered; the round asks for 3.", proposal.UnmetConstraints);
    }

    [Fact]
    public void The_caps_hold_on_random_longlists()
    {
        var random = new Random(5);
        string[] regions = ["Europe", "East Asia", "North America", "South Asia", "Oceania"];
        for (var trial = 0; trial < 200; trial++)
        {
            var candidates = Enumerable.Range(0, random.Next(5, 80))
                .Select(_ => Candidate(random.Next(0, 15), random.Next(0, 20), random.NextDouble() * 4 + 1, random.Next(0, 3), regions[random.Next(regions.Length)], random.Next(5) == 0))
                .DistinctBy(c => (c.Technology, c.Country))
                .ToArray();
            var constraints = new PortfolioConstraints(MaxTechnologies: random.Next(1, 8), MaxPartnersPerTechnology: random.Next(1, 6),
                MaxOpportunitiesPerCountry: random.Next(1, 4), MinimumRegions: random.Next(1, 4));

            var proposal = ShortlistProposer.Propose(candidates, constraints);

            var pairs = proposal.Pairs.Select(p => p.Candidate).ToList();
            Assert.True(pairs.Select(p => p.Technology).Distinct().Count() <= constraints.MaxTechnologies);
            Assert.All(pairs.GroupBy(p => p.Technology), g => Assert.True(g.Count() <= constraints.MaxPartnersPerTechnology));
            Assert.All(pairs.GroupBy(p => p.Country), g => Assert.True(g.Count() <= constraints.MaxOpportunitiesPerCountry));
            Assert.Equal(pairs.Count, pairs.Select(p => p.Pair).Distinct().Count());
            if (!proposal.UnmetConstraints.Any(u => u.StartsWith("No emerging", StringComparison.Ordinal)))
            {
                Assert.Contains(pairs, p => p.IsEmerging);
            }
        }
    }
}
