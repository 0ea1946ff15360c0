using BenchmarkDotNet.Attributes;
using PartnerPortal.Domain.Contradictions;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Benchmarks;

/// <summary>
/// Issue budget: a full in-memory recompute — aggregation + ranking + longlist + shortlist proposal — of a
/// 200 × 205 × 5 × 20 round (4.1 M scores) in under 200 ms. Scores cluster around each pair's merit, as
/// the demo generator makes them; longlisting evidence meets each requirement with probability 0.75.
/// Kendall's W is measured on a fully scored copy, where every country is rankable by every analyst.
/// </summary>
[Config(typeof(InProcessConfig))]
public class FullRecomputeBenchmarks
{
    private const int Countries = 200, Technologies = 205, Criteria = 5, Analysts = 20;
    private static readonly string[] Regions = ["Europe", "East Asia", "North America", "South Asia", "Oceania", "Middle East", "Africa"];
    private readonly double[] _weights = [0.25, 0.25, 0.2, 0.15, 0.15];
    private ScoreSheet _sheet = null!;
    private ScoreSheet _fullyScored = null!;
    private LonglistEvidence[] _evidence = null!;
    private CriterionEvidence?[,] _countryData = null!;
    private SensitivityLevel[] _sensitivity = null!;
    private CountryRiskLevel[] _risk = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sheet = Generate(missing: 0.1, seed: 1);
        _fullyScored = Generate(missing: 0, seed: 2);
        var random = new Random(3);
        RequirementStatus Status() => random.NextDouble() < 0.75 ? RequirementStatus.Yes : RequirementStatus.No;
        _evidence = [.. Enumerable.Range(0, _sheet.Pairs).Select(_ => new LonglistEvidence
        {
            Source = "generated",
            NationalPriority = Status(), ResearchPriority = Status(), InnovationInitiatives = Status(), InternationalProgrammes = Status(), HomeTrackRecord = Status(),
        })];
        // Issue 19: two linked indicators per criterion, 71 countries with data (as the World Bank's R&D series),
        // so about half the countries sit in a quartile that some high or low scores contradict.
        _countryData = new CriterionEvidence?[Countries, Criteria];
        for (var country = 0; country < Countries; country++)
        {
            for (var criterion = 0; criterion < Criteria; criterion++)
            {
                _countryData[country, criterion] = CriterionEvidence.From(Enumerable.Range(0, 2)
                    .Select(i => (new IndicatorStanding(criterion * 2 + i, country, 2021, random.NextDouble(), random.Next(1, 72), 71), true)));
            }
        }
        _sensitivity = [.. Enumerable.Range(0, Technologies).Select(_ => (SensitivityLevel)random.Next(1, 4))];
        _risk = [.. Enumerable.Range(0, Countries).Select(_ => (CountryRiskLevel)random.Next(0, 4))];
    }

    private static ScoreSheet Generate(double missing, int seed)
    {
        var sheet = new ScoreSheet(Countries, Technologies, Criteria, Analysts);
        var random = new Random(seed);
        for (var pair = 0; pair < sheet.Pairs; pair++)
        {
            for (var criterion = 0; criterion < Criteria; criterion++)
            {
                var merit = random.Next(1, 6);
                for (var analyst = 0; analyst < Analysts; analyst++)
                {
                    var deviation = random.Next(4) switch { 0 => -1, 1 => 1, _ => 0 };
                    sheet[pair, criterion, analyst] = random.NextDouble() < missing ? ScoreSheet.NotScored : (byte)Math.Clamp(merit + deviation, 1, 5);
                }
            }
        }
        return sheet;
    }

    [Benchmark(Description = "full recompute, weighted sum: aggregate, 3 rankings, longlist rule with reasons, shortlist proposal")]
    public int FullRecomputeWeightedSum() => Recompute(RankingMethod.WeightedSum);

    [Benchmark(Description = "full recompute, TOPSIS")]
    public int FullRecomputeTopsis() => Recompute(RankingMethod.Topsis);

    [Benchmark(Description = "full recompute, weighted sum, with every pair's screening level and the scores that contradict the data (issue 19)")]
    public int FullRecomputeWithScreeningAndFlags()
    {
        var screened = 0;
        for (var pair = 0; pair < _sheet.Pairs; pair++)
        {
            screened += (int)ScreeningMatrix.Default.LevelFor(_sensitivity[pair % Technologies], _risk[pair / Technologies]);
        }
        return Recompute(RankingMethod.WeightedSum) + screened + ContradictionFinder.Summarise(_sheet, _countryData).Total;
    }

    [Benchmark(Description = "the scores that contradict the data, alone (4.1 M scores)")]
    public int ContradictionsAlone() => ContradictionFinder.Summarise(_sheet, _countryData).Total;

    [Benchmark(Description = "Kendall's W per technology on a fully scored round (200 countries × 20 analysts each)")]
    public int AgreementFullyScored() => TechnologyAgreement.PerTechnology(_fullyScored, _weights).Count(a => a.W is not null);

    private int Recompute(RankingMethod method)
    {
        var aggregate = ScoreAggregator.Aggregate(_sheet, _weights);
        var index = PairScores.Compute(aggregate, _weights, method);
        var overall = PairRanking.Overall(index);
        var perTechnology = PairRanking.CountriesPerTechnology(index);
        var perCountry = PairRanking.TechnologiesPerCountry(index);
        var rule = new LonglistRule();
        var candidates = new List<ShortlistCandidate>();
        for (var pair = 0; pair < _evidence.Length; pair++)
        {
            var decision = rule.Explain(_evidence[pair], index.IsComplete(pair) ? index.Index(pair) : null);
            if (decision.IsLonglisted && index.IsComplete(pair))
            {
                var country = pair / Technologies;
                candidates.Add(new ShortlistCandidate(pair, pair % Technologies, country, pair % Technologies % 3, Regions[country % Regions.Length], country % 5 == 0, index.Index(pair)));
            }
        }
        var proposal = ShortlistProposer.Propose(candidates, new PortfolioConstraints());
        return overall[0] + perTechnology[0] + perCountry[0] + proposal.Pairs.Count;
    }
}
