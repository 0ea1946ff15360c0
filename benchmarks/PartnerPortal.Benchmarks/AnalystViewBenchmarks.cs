using BenchmarkDotNet.Attributes;
using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Benchmarks;

/// <summary>
/// What an analyst's view of an open round costs (RoundAnalysis.SeenBy: anti-anchoring) on the 4.1 M-score round
/// of <see cref="RecomputeBenchmarks"/>: it is built once per analyst per change of scores, so with fifty analysts
/// saving it runs up to fifty times a second. The analyst has scored every third pair.
/// </summary>
[Config(typeof(InProcessConfig))]
public class AnalystViewBenchmarks
{
    private ScoreSheet _sheet = null!;
    private RoundAggregate _aggregate = null!;
    private PairScores _index = null!;
    private bool[] _visible = null!;
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
                    _sheet[pair, criterion, analyst] = analyst == 0 && pair % 3 != 0 || random.NextDouble() < 0.1 ? ScoreSheet.NotScored : (byte)random.Next(1, 6);
                }
            }
        }
        _aggregate = ScoreAggregator.Aggregate(_sheet, _weights);
        _index = PairScores.Compute(_aggregate, _weights);
        _visible = _sheet.PairsScoredBy(0);
    }

    [Benchmark(Description = "which of 41,000 pairs one analyst has scored on all five criteria")]
    public bool[] PairsScoredBy() => _sheet.PairsScoredBy(0);

    [Benchmark(Description = "the analyst's view: aggregate and index of those pairs only (what the heat map and pair page need)")]
    public PairScores View() => (_aggregate.Only(_visible), _index.Only(_visible)).Item2;

    [Benchmark(Description = "the view's ranks among the pairs it holds (ranking page)")]
    public int[] RanksInView() => PairRanking.Overall(_index.Only(_visible));

    [Benchmark(Description = "the view's copy of the score sheet (Kendall's W on the ranking page)")]
    public ScoreSheet SheetInView() => _sheet.Only(_visible);
}
