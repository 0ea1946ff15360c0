using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;
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

    // Values pages derive from the round, kept as long as what they depend on: the round as loaded (its
    // settings, scope, evidence, decisions — a change to any reloads it), or these very scores.
    private readonly DerivedValues _sinceLoad;
    private readonly DerivedValues _sinceScores = new();

    public RoundAnalysis(
        Round round, RoundScores scores, IReadOnlyList<AnalysedCountry> countries, IReadOnlyList<AnalysedTechnology> technologies,
        IReadOnlyList<AnalysedCriterion> criteria, IReadOnlyDictionary<int, LonglistEvidence> evidenceByPair, IReadOnlySet<PairKey> shortlisted)
        : this(round, scores, scores.Aggregate(), countries, technologies, criteria, evidenceByPair, shortlisted, new())
    {
    }

    // Everything past the aggregate is computed when first asked for: the heat map and the scoring matrix need
    // only the index, so an analysis brought up to date after a save costs them a millisecond, not a recompute.
    private RoundAnalysis(
        Round round, RoundScores scores, RoundAggregate aggregate, IReadOnlyList<AnalysedCountry> countries, IReadOnlyList<AnalysedTechnology> technologies,
        IReadOnlyList<AnalysedCriterion> criteria, IReadOnlyDictionary<int, LonglistEvidence> evidenceByPair, IReadOnlySet<PairKey> shortlisted,
        DerivedValues sinceLoad)
    {
        _sinceLoad = sinceLoad;
        (Round, Scores, Countries, Technologies, Criteria, Shortlisted, Evidence, Aggregate) = (round, scores, countries, technologies, criteria, shortlisted, evidenceByPair, aggregate);
        Weights = ScoreAggregator.NormaliseWeights(scores.Weights, scores.Sheet.Criteria);
        _index = new(() => PairScores.Compute(Aggregate, Weights, round.RankingMethod));
        _ranks = new(() => (PairRanking.Overall(Index), PairRanking.CountriesPerTechnology(Index), PairRanking.TechnologiesPerCountry(Index)));
        _longlist = new(() =>
        {
            var rule = round.LonglistRule;
            return evidenceByPair.ToDictionary(e => e.Key, e => rule.Explain(e.Value, Index.IsComplete(e.Key) ? Index.Index(e.Key) : null));
        });
        _proposal = new(() =>
        {
            var candidates = Longlist.Where(d => d.Value.IsLonglisted && Index.IsComplete(d.Key)).Select(d => Candidate(d.Key)).ToList();
            return (ShortlistProposer.Propose(candidates, round.PortfolioConstraints), Longlist.Count(d => d.Value.IsLonglisted) - candidates.Count);
        });
    }

    /// <summary>This analysis with the scores of <paramref name="changedPairs"/> replaced by those in <paramref name="scores"/>'s sheet.</summary>
    public RoundAnalysis WithScores(RoundScores scores, IEnumerable<int> changedPairs)
    {
        var aggregate = Aggregate.Clone();
        foreach (var pair in changedPairs.Distinct())
        {
            ScoreAggregator.RecomputePair(aggregate, scores.Sheet, scores.Weights, pair);
        }
        return new RoundAnalysis(Round, scores, aggregate, Countries, Technologies, Criteria, Evidence, Shortlisted, _sinceLoad);
    }

    /// <summary>
    /// A value derived from the round, computed once and kept while it holds: until the round reloads, or,
    /// when it <paramref name="dependsOnScores"/>, until a score changes.
    /// </summary>
    public Task<T> RememberAsync<T>(string key, bool dependsOnScores, Func<Task<T>> compute) where T : class =>
        (dependsOnScores ? _sinceScores : _sinceLoad).GetAsync(key, compute);

    public Round Round { get; }
    public RoundScores Scores { get; }
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

    private ShortlistCandidate Candidate(int pair)
    {
        var (country, technology) = (CountryOf(pair), TechnologyOf(pair));
        return new ShortlistCandidate(pair, pair % Technologies.Count, pair / Technologies.Count, technology.ThemeId, country.Region, country.IsEmerging, Index.Index(pair));
    }
}
