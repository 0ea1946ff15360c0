namespace PartnerPortal.Domain.Shortlisting;

/// <summary>
/// Proposes a shortlist from the longlist: technologies first (every theme covered, then by best score, at
/// most N), then partners per technology by score under the per-country cap, then repairs for balance — an
/// emerging partner and a minimum number of world regions — each swapping in the best candidate that fixes
/// the gap in place of the weakest pair whose removal breaks nothing already secured.
/// </summary>
public static class ShortlistProposer
{
    public static ShortlistProposal Propose(IReadOnlyList<ShortlistCandidate> candidates, PortfolioConstraints constraints)
    {
        var unmet = new List<string>();
        var byTechnology = candidates
            .GroupBy(c => c.Technology)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Score).ThenBy(c => c.Country).ToList());
        var (technologies, themeChoices) = ChooseTechnologies(byTechnology, constraints, unmet);
        ProposedPair Proposed(ShortlistCandidate candidate, ProposalRule rule)
        {
            var ranked = byTechnology[candidate.Technology];
            return new ProposedPair(candidate, rule, ranked.IndexOf(candidate) + 1, ranked.Count,
                themeChoices.Contains(candidate.Technology) ? TechnologyChoice.BestOfItsTheme : TechnologyChoice.AmongTheBest);
        }
        var selected = new List<ProposedPair>();
        foreach (var technology in technologies)
        {
            foreach (var candidate in byTechnology[technology])
            {
                if (PartnersOf(selected, technology) < constraints.MaxPartnersPerTechnology && HasCountryRoom(selected, candidate, constraints))
                {
                    selected.Add(Proposed(candidate, ProposalRule.BestScoring));
                }
            }
        }
        var pool = technologies.SelectMany(t => byTechnology[t]).ToList();
        if (constraints.RequireEmergingPartner && !selected.Any(p => p.Candidate.IsEmerging))
        {
            Repair(selected, pool.Where(c => c.IsEmerging), constraints, c => Proposed(c, ProposalRule.EmergingPartner),
                "No emerging partner is longlisted for the chosen technologies.", unmet);
        }
        while (Regions(selected) < constraints.MinimumRegions)
        {
            var covered = selected.Select(p => p.Candidate.Region).ToHashSet();
            if (!Repair(selected, pool.Where(c => !covered.Contains(c.Region)), constraints, c => Proposed(c, ProposalRule.RegionSpread),
                    $"Only {Regions(selected)} world regions can be covered; the round asks for {constraints.MinimumRegions}.", unmet))
            {
                break;
            }
        }
        return new ShortlistProposal(selected, unmet);
    }

    /// <returns>The chosen technologies, best first, and those of them chosen to cover their theme.</returns>
    private static (List<int> Chosen, HashSet<int> ForTheme) ChooseTechnologies(
        Dictionary<int, List<ShortlistCandidate>> byTechnology, PortfolioConstraints constraints, List<string> unmet)
    {
        var byBest = byTechnology.Keys.OrderByDescending(t => byTechnology[t][0].Score).ThenBy(t => t).ToList();
        var chosen = new List<int>();
        if (constraints.CoverEveryTheme)
        {
            var themes = byBest.Select(t => byTechnology[t][0].Theme).Distinct().ToList();
            if (themes.Count > constraints.MaxTechnologies)
            {
                unmet.Add($"Covering all {themes.Count} themes needs more than the {constraints.MaxTechnologies} technologies allowed.");
            }
            chosen.AddRange(themes.Take(constraints.MaxTechnologies).Select(theme => byBest.First(t => byTechnology[t][0].Theme == theme)));
        }
        // A theme's best that would be chosen on score alone anyway is not there "for its theme".
        var onScore = byBest.Take(constraints.MaxTechnologies).ToHashSet();
        var forTheme = chosen.Where(t => !onScore.Contains(t)).ToHashSet();
        chosen.AddRange(byBest.Where(t => !chosen.Contains(t)).Take(Math.Max(0, constraints.MaxTechnologies - chosen.Count)));
        return ([.. chosen.OrderByDescending(t => byTechnology[t][0].Score).ThenBy(t => t)], forTheme);
    }

    /// <summary>Adds the best candidate that fixes a gap, freeing room by removing a pair nothing depends on.</summary>
    private static bool Repair(
        List<ProposedPair> selected, IEnumerable<ShortlistCandidate> fixes, PortfolioConstraints constraints, Func<ShortlistCandidate, ProposedPair> propose, string failure, List<string> unmet)
    {
        foreach (var fix in fixes.Where(f => selected.All(p => p.Candidate.Pair != f.Pair)).OrderByDescending(f => f.Score))
        {
            var mustFree = PartnersOf(selected, fix.Technology) >= constraints.MaxPartnersPerTechnology;
            var countryFull = !HasCountryRoom(selected, fix, constraints);
            var removable = selected
                .Where(p => (!mustFree || p.Candidate.Technology == fix.Technology) && (!countryFull || p.Candidate.Country == fix.Country))
                .Where(p => CanRemove(selected, p, constraints))
                .OrderBy(p => p.Candidate.Score)
                .FirstOrDefault();
            if ((mustFree || countryFull) && removable is null)
            {
                continue;
            }
            if (removable is not null && (mustFree || countryFull))
            {
                selected.Remove(removable);
            }
            selected.Add(propose(fix));
            return true;
        }
        unmet.Add(failure);
        return false;
    }

    /// <summary>A pair may go unless it is the only emerging partner or its region's only representative.</summary>
    private static bool CanRemove(List<ProposedPair> selected, ProposedPair pair, PortfolioConstraints constraints)
    {
        var rest = selected.Where(p => p != pair).ToList();
        var keepsEmerging = !constraints.RequireEmergingPartner || !pair.Candidate.IsEmerging || rest.Any(p => p.Candidate.IsEmerging);
        var keepsRegion = rest.Any(p => p.Candidate.Region == pair.Candidate.Region);
        return keepsEmerging && keepsRegion;
    }

    private static int PartnersOf(List<ProposedPair> selected, int technology) => selected.Count(p => p.Candidate.Technology == technology);

    private static bool HasCountryRoom(List<ProposedPair> selected, ShortlistCandidate candidate, PortfolioConstraints constraints) =>
        selected.Count(p => p.Candidate.Country == candidate.Country) < constraints.MaxOpportunitiesPerCountry;

    private static int Regions(List<ProposedPair> selected) => selected.Select(p => p.Candidate.Region).Distinct().Count();
}
