using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Domain.Contradictions;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.ResearchSecurity;
using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Infrastructure.Analysis;

/// <summary>
/// Everything the scoring service says about a round at one moment, computed once from its scores and
/// settings: statistics, indices and ranks by the round's method, the longlist with each pair's reason, the
/// shortlist proposal under the round's constraints, and disagreement. Pairs are indexed as in the score
/// sheet (country-major); the lists here name them.
/// </summary>
public sealed class RoundAnalysis
{
    private readonly Lazy<PairScores> _index;
    private readonly Lazy<(int[] Overall, int[] InTechnology, int[] InCountry)> _ranks;
    private readonly Lazy<IReadOnlyDictionary<int, LonglistDecision>> _longlist;
    private readonly Lazy<(ShortlistProposal Proposal, int Unscored)> _proposal;
    private readonly Lazy<RoundScores> _scores;
    private readonly Lazy<ContradictionSummary> _contradictions;

    // Null for the whole round; for an analyst's view, one flag per pair: whether they may see its figures.
    private readonly bool[]? _visible;
    private readonly Lazy<PairVisibility> _visibility;

    // Values pages derive from the round, kept as long as what they depend on: the round as loaded (its
    // settings, scope, evidence, decisions — a change to any reloads it), or these very scores. An analyst's view
    // has its own (what it shows differs), except for what scope and framework alone decide.
    private readonly DerivedValues _sinceLoad;
    private readonly DerivedValues _sinceScores = new();
    private readonly DerivedValues _scope;

    public RoundAnalysis(
        Round round, RoundScores scores, IReadOnlyList<AnalysedCountry> countries, IReadOnlyList<AnalysedTechnology> technologies,
        IReadOnlyList<AnalysedCriterion> criteria, IReadOnlyDictionary<int, LonglistEvidence> evidenceByPair, IReadOnlySet<PairKey> shortlisted,
        RoundSafeguards safeguards)
        : this(round, scores, scores.Aggregate(), countries, technologies, criteria, evidenceByPair, shortlisted, safeguards, new(), new())
    {
    }

    // Everything past the aggregate is computed when first asked for: the heat map and the scoring matrix need
    // only the index, so an analysis brought up to date after a save costs them a millisecond, not a recompute.
    private RoundAnalysis(
        Round round, RoundScores scores, RoundAggregate aggregate, IReadOnlyList<AnalysedCountry> countries, IReadOnlyList<AnalysedTechnology> technologies,
        IReadOnlyList<AnalysedCriterion> criteria, IReadOnlyDictionary<int, LonglistEvidence> evidenceByPair, IReadOnlySet<PairKey> shortlisted,
        RoundSafeguards safeguards, DerivedValues sinceLoad, DerivedValues scope, bool[]? visible = null, Func<PairScores>? index = null, Func<RoundScores>? scoresSeen = null)
    {
        (_sinceLoad, _scope, _visible) = (sinceLoad, scope, visible);
        (Round, Countries, Technologies, Criteria, Shortlisted, Evidence, Aggregate) = (round, countries, technologies, criteria, shortlisted, evidenceByPair, aggregate);
        _scores = new(scoresSeen ?? (() => scores));
        Safeguards = safeguards;
        _contradictions = new(() => ContradictionFinder.Summarise(Scores.Sheet, safeguards.CountryData));
        Weights = ScoreAggregator.NormaliseWeights(scores.Weights, scores.Sheet.Criteria);
        _index = new(index ?? (() => PairScores.Compute(Aggregate, Weights, round.RankingMethod)));
        _ranks = new(() => (PairRanking.Overall(Index), PairRanking.CountriesPerTechnology(Index), PairRanking.TechnologiesPerCountry(Index)));
        _longlist = new(() =>
        {
            var rule = round.LonglistRule;
            return evidenceByPair.ToDictionary(e => e.Key, e => rule.Explain(e.Value, Index.IsComplete(e.Key) ? Index.Index(e.Key) : null));
        });
        _proposal = new(() =>
        {
            // A round that excludes high-screened pairs leaves them out here; one that flags them shows the level beside each.
            var excludeHigh = round.HighLevelPairs == HighLevelPairPolicy.Exclude;
            var candidates = Longlist.Where(d => d.Value.IsLonglisted && Index.IsComplete(d.Key))
                .Where(d => !excludeHigh || safeguards.Screening[d.Key].Level != ScreeningLevel.High)
                .Select(d => Candidate(d.Key)).ToList();
            return (ShortlistProposer.Propose(candidates, round.PortfolioConstraints), Longlist.Count(d => d.Value.IsLonglisted && !Index.IsComplete(d.Key)));
        });
        _visibility = new(() =>
        {
            if (_visible is not { } flags)
            {
                return PairVisibility.All;
            }
            var (countryIndex, technologyIndex) = (IndexById(Countries.Select(c => c.Id)), IndexById(Technologies.Select(t => t.Id)));
            return PairVisibility.Where((countryId, technologyId) =>
                countryIndex.TryGetValue(countryId, out var c) && technologyIndex.TryGetValue(technologyId, out var t) && flags[PairOf(c, t)]);
        });
    }

    /// <summary>This analysis with the scores of <paramref name="changedPairs"/> replaced by those in <paramref name="scores"/>'s sheet.</summary>
    public RoundAnalysis WithScores(RoundScores scores, IEnumerable<int> changedPairs)
    {
        if (_visible is not null)
        {
            throw new InvalidOperationException("An analyst's view of a round is made from the whole round's analysis, never brought up to date itself.");
        }
        var aggregate = Aggregate.Clone();
        foreach (var pair in changedPairs.Distinct())
        {
            ScoreAggregator.RecomputePair(aggregate, scores.Sheet, scores.Weights, pair);
        }
        return new RoundAnalysis(Round, scores, aggregate, Countries, Technologies, Criteria, Evidence, Shortlisted, Safeguards, _sinceLoad, _scope);
    }

    /// <summary>
    /// The round as an analyst may see it while it is open: the group's figures — statistics, index, ranks,
    /// disagreement, agreement, longlist verdicts that depend on the index, shortlisted pairs — only of the pairs
    /// they have given a 1–5 score on every criterion (<see cref="ScoreSheet.HasScored"/>). The other pairs read as
    /// never scored. Ranks are among the pairs kept; an index is the whole round's.
    /// </summary>
    public RoundAnalysis SeenBy(string analystId)
    {
        var analyst = Scores.AnalystIds.ToList().IndexOf(analystId);
        var visible = analyst < 0 ? new bool[Pairs] : Scores.Sheet.PairsScoredBy(analyst);
        var scores = Scores;
        // The index and the sheet only when a page asks: the scoring page needs neither.
        return new RoundAnalysis(Round, scores, Aggregate.Only(visible), Countries, Technologies, Criteria, Evidence,
            Shortlisted.Where(key => FindPair(key.CountryCode, key.TechnologySlug) is { } pair && visible[pair]).ToHashSet(),
            Safeguards, new(), _scope, visible, () => Index.Only(visible), () => scores with { Sheet = scores.Sheet.Only(visible) });
    }

    /// <summary>Whether the figures of this pair are in this analysis (always, unless it is an analyst's view of an open round).</summary>
    public bool Sees(int pair) => _visible is null || _visible[pair];

    /// <summary>Whether this is the whole round, every figure in it.</summary>
    public bool SeesEverything => _visible is null;

    /// <summary>The pairs this analysis holds the figures of, by country and technology id, for readers outside it.</summary>
    public PairVisibility Visibility => _visibility.Value;

    /// <summary>
    /// A value derived from the round, computed once and kept while it holds: until the round reloads, or,
    /// when it <paramref name="dependsOnScores"/>, until a score changes. Kept per view: an analyst's view
    /// does not share what it remembers with the whole round's.
    /// </summary>
    public Task<T> RememberAsync<T>(string key, bool dependsOnScores, Func<Task<T>> compute) where T : class =>
        (dependsOnScores ? _sinceScores : _sinceLoad).GetAsync(key, compute);

    /// <summary>
    /// A value that the round's scope and the framework alone decide (countries, technologies, criteria and their
    /// texts) — the same for every viewer, so shared by every view of the round until it reloads.
    /// </summary>
    public Task<T> RememberScopeAsync<T>(string key, Func<Task<T>> compute) where T : class => _scope.GetAsync(key, compute);

    public Round Round { get; }

    /// <summary>The scores behind the figures: in an analyst's view, only those of the pairs it shows.</summary>
    public RoundScores Scores => _scores.Value;
    public IReadOnlyList<AnalysedCountry> Countries { get; }
    public IReadOnlyList<AnalysedTechnology> Technologies { get; }
    public IReadOnlyList<AnalysedCriterion> Criteria { get; }

    /// <summary>The round's weights normalised to sum to 1, in criterion order.</summary>
    public IReadOnlyList<double> Weights { get; }
    public RoundAggregate Aggregate { get; }
    public PairScores Index => _index.Value;
    public int[] OverallRanks => _ranks.Value.Overall;
    public int[] RanksInTechnology => _ranks.Value.InTechnology;
    public int[] RanksInCountry => _ranks.Value.InCountry;

    /// <summary>The longlisting evidence gathered for a pair, by pair.</summary>
    public IReadOnlyDictionary<int, LonglistEvidence> Evidence { get; }

    /// <summary>The longlisting verdict and its reason for every pair with longlisting evidence.</summary>
    public IReadOnlyDictionary<int, LonglistDecision> Longlist => _longlist.Value;

    /// <summary>Longlisted pairs still missing a criterion's score: the proposal cannot weigh them yet.</summary>
    public int UnscoredLonglisted => _proposal.Value.Unscored;
    public ShortlistProposal Proposal => _proposal.Value.Proposal;

    /// <summary>Pairs the portfolio managers have accepted onto the shortlist.</summary>
    public IReadOnlySet<PairKey> Shortlisted { get; }

    /// <summary>Each pair's research-security screening and the indicator evidence its scores are checked against.</summary>
    public RoundSafeguards Safeguards { get; }

    public PairScreening ScreeningOf(int pair) => Safeguards.Screening[pair];

    /// <summary>The scores in this analysis that contradict the country data, counted per pair and per analyst.</summary>
    public ContradictionSummary Contradictions => _contradictions.Value;

    /// <summary>The flags on one pair's scores, in this analysis (an analyst's view holds only the pairs they may see).</summary>
    public IReadOnlyList<ContradictionFlag> ContradictionsIn(int pair) =>
        ContradictionFinder.InPair(Scores.Sheet, Safeguards.CountryData, pair / Technologies.Count, pair % Technologies.Count);

    public int Pairs => Aggregate.Pairs;
    public int ScoredPairs => Enumerable.Range(0, Pairs).Count(Index.IsComplete);

    public int PairOf(int country, int technology) => ScoreSheet.PairOf(country, technology, Technologies.Count);

    public AnalysedCountry CountryOf(int pair) => Countries[pair / Technologies.Count];

    public AnalysedTechnology TechnologyOf(int pair) => Technologies[pair % Technologies.Count];

    public PairKey KeyOf(int pair) => new(CountryOf(pair).Code, TechnologyOf(pair).Slug);

    public int? FindPair(string countryCode, string technologySlug)
    {
        var country = Countries.ToList().FindIndex(c => c.Code == countryCode);
        var technology = Technologies.ToList().FindIndex(t => t.Slug == technologySlug);
        return country < 0 || technology < 0 ? null : PairOf(country, technology);
    }

    public bool IsLonglisted(int pair) => Longlist.TryGetValue(pair, out var decision) && decision.IsLonglisted;

    public IReadOnlyList<(int Pair, int Criterion, CriterionStatistics Statistics)> Disagreements() =>
        Disagreement.Flag(Aggregate, Round.DisagreementThresholds);

    public IReadOnlyList<TechnologyAgreement> Agreement() => TechnologyAgreement.PerTechnology(Scores.Sheet, Weights);

    /// <summary>Why a pair ranks where it does (weighted-sum contributions; TOPSIS has no additive breakdown).</summary>
    public PairExplanation Explain(int pair) => PairExplanation.Explain(Aggregate, Weights, pair);

    /// <summary>Monte-Carlo robustness of the longlisted, fully scored pairs under the round's sensitivity settings.</summary>
    public IReadOnlyList<PairSensitivity> Sensitivity()
    {
        var candidates = Longlist.Where(d => d.Value.IsLonglisted && Index.IsComplete(d.Key)).Select(d => Candidate(d.Key)).ToList();
        return candidates.Count == 0 ? [] : Domain.Scoring.Sensitivity.Run(Aggregate, Weights, candidates, Round.PortfolioConstraints, Round.SensitivityOptions);
    }

    public RoundOutcome Outcome() => new(
        Longlist.Where(d => d.Value.IsLonglisted).Select(d => KeyOf(d.Key)).ToHashSet(),
        Shortlisted,
        Enumerable.Range(0, Pairs).Where(p => OverallRanks[p] > 0).ToDictionary(KeyOf, p => OverallRanks[p]));

    private static Dictionary<int, int> IndexById(IEnumerable<int> ids) => ids.Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index);

    private ShortlistCandidate Candidate(int pair)
    {
        var (country, technology) = (CountryOf(pair), TechnologyOf(pair));
        return new ShortlistCandidate(pair, pair % Technologies.Count, pair / Technologies.Count, technology.ThemeId, country.Region, country.IsEmerging, Index.Index(pair));
    }
}
