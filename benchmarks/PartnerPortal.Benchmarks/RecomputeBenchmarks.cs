using BenchmarkDotNet.Attributes;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Benchmarks;

/// <summary>
/// Issue budget: a round of 200 countries × 205 technologies × 5 criteria × 20 analysts (4.1 M scores)
/// recomputes in memory in under 200 ms on one core. Scores are random 1–5 with 10 % not scored, seeded.
/// </summary>
[Config(typeof(InProcessConfig))]
public class RecomputeBenchmarks
{
    private ScoreSheet _sheet = null!;
    private RoundAggregate _aggregate = null!;
    private readonly double[] _weights = [0.25, 0.25, 0.2, 0.15, 0.15];

    [GlobalSetup]
    public void Setup()
    {
        _sheet = new ScoreSheet(countries: 200, technologies: 205, criteria: 5, analysts: 20);
        var random = new Random(1);
        for (var pair = 0; pair < _sheet.Pairs; pair++)
        {
            for (var criterion = 0; criterion < 5; criterion++)
            {
                for (var analyst = 0; analyst < 20; analyst++)
                {
                    _sheet[pair, criterion, analyst] = random.NextDouble() < 0.1 ? ScoreSheet.NotScored : (byte)random.Next(1, 6);
                }
            }
        }
        _aggregate = ScoreAggregator.Aggregate(_sheet, _weights);
        // A longlist of the 2,000 best complete pairs, spread over 3 themes, 6 regions, 1 in 5 countries emerging.
        string[] regions = ["Europe", "East Asia", "North America", "South Asia", "Oceania", "Middle East"];
        _longlist = Enumerable.Range(0, _aggregate.Pairs)
            .Where(_aggregate.IsComplete)
            .OrderByDescending(_aggregate.Total)
            .Take(2000)
            .Select(pair => new ShortlistCandidate(pair, pair % 205, pair / 205, pair % 205 % 3, regions[pair / 205 % 6], pair / 205 % 5 == 0, _aggregate.Total(pair)))
            .ToList();
    }

    private List<ShortlistCandidate> _longlist = null!;

    [Benchmark(Description = "aggregate 4.1 M scores (n, mean, median, sd, range, totals)")]
    public RoundAggregate Aggregate() => ScoreAggregator.Aggregate(_sheet, _weights);

    [Benchmark(Description = "rank countries within each of 205 technologies")]
    public int[] RankPerTechnology() => PairRanking.CountriesPerTechnology(_aggregate);

    [Benchmark(Description = "sensitivity: 1,000 weight draws over a 2,000-pair longlist, proposal rerun each draw")]
    public int Sensitivity1000Draws() =>
        Sensitivity.Run(_aggregate, _weights, _longlist, new PortfolioConstraints(), new SensitivityOptions()).Count;

    [Benchmark(Description = "one score changes: update the sheet and recompute that pair (budget 50 ms)")]
    public double OneScoreChanges()
    {
        _sheet[12_345, 2, 7] = (byte)(_sheet[12_345, 2, 7] % 5 + 1);
        ScoreAggregator.RecomputePair(_aggregate, _sheet, _weights, 12_345);
        return _aggregate.Total(12_345);
    }

    [Benchmark(Description = "Kendall's W of analysts' country rankings for each of 205 technologies")]
    public int AgreementPerTechnology() => TechnologyAgreement.PerTechnology(_sheet, _weights).Count;

    [Benchmark(Description = "flag disagreement (sd >= 1 or range >= 2)")]
    public int FlagDisagreement() => Disagreement.Flag(_aggregate, new DisagreementThresholds()).Count;
}
