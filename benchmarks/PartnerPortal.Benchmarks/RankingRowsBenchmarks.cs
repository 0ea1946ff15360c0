using BenchmarkDotNet.Attributes;
using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Ranking;
using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Benchmarks;

/// <summary>
/// The ranking grid's and export's rows (<see cref="RoundRanking"/>) on the 200 × 205 × 5 × 20 round of
/// <see cref="FullRecomputeBenchmarks"/>: 41,000 pairs, 90 % of them fully scored. The analysis's index, ranks and
/// longlist are computed once in the setup, as the page that first asks for the ranking computes them; what is
/// measured is what the ranking adds: building every row (once per change of scores), and a grid's request
/// (a filter, a sort, a page) over rows already built.
/// </summary>
[Config(typeof(InProcessConfig))]
public class RankingRowsBenchmarks
{
    private const int Countries = 200, Technologies = 205, Criteria = 5, Analysts = 20;
    private RoundAnalysis _analysis = null!;
    private IReadOnlyList<RankedPair> _rows = null!;
    private readonly Dictionary<PairKey, (RankedDecision, string?)> _decisions = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var sheet = new ScoreSheet(Countries, Technologies, Criteria, Analysts);
        for (var pair = 0; pair < sheet.Pairs; pair++)
        {
            for (var criterion = 0; criterion < Criteria; criterion++)
            {
                var merit = random.Next(1, 6);
                for (var analyst = 0; analyst < Analysts; analyst++)
                {
                    // Every tenth pair lacks its first criterion's scores: incomplete, so not ranked.
                    sheet[pair, criterion, analyst] = pair % 10 == 0 && criterion == 0 ? ScoreSheet.NotScored
                        : (byte)Math.Clamp(merit + random.Next(4) switch { 0 => -1, 1 => 1, _ => 0 }, 1, 5);
                }
            }
        }
        RequirementStatus Status() => random.NextDouble() < 0.75 ? RequirementStatus.Yes : RequirementStatus.No;
        var evidence = Enumerable.Range(0, sheet.Pairs).ToDictionary(pair => pair, _ => new LonglistEvidence
        {
            Source = "generated",
            NationalPriority = Status(), ResearchPriority = Status(), InnovationInitiatives = Status(), InternationalProgrammes = Status(), HomeTrackRecord = Status(),
        });
        var scores = new RoundScores(sheet, [.. Enumerable.Range(1, Countries)], [.. Enumerable.Range(1, Technologies)], [.. Enumerable.Range(1, Criteria)],
            [.. Enumerable.Range(1, Analysts).Select(a => $"analyst-{a}")], [0.25, 0.25, 0.2, 0.15, 0.15]);
        var round = new Round { Slug = "bench", Name = "Benchmark", Agency = "Bench", Description = "" };
        _analysis = new RoundAnalysis(round, scores,
            [.. Enumerable.Range(1, Countries).Select(c => new AnalysedCountry(c, $"C{c:000}", $"Country {c:000}", $"Country {c:000}", "Europe", c % 5 == 0))],
            [.. Enumerable.Range(1, Technologies).Select(t => new AnalysedTechnology(t, $"t{t:000}", $"Technology {t:000}", t % 3, $"Theme {t % 3}"))],
            [.. Enumerable.Range(1, Criteria).Select(c => new AnalysedCriterion(c, $"c{c}", $"Criterion {c}"))],
            evidence, new HashSet<PairKey>(), PartnerPortal.Infrastructure.ResearchSecurity.RoundSafeguards.Unknown(Countries, Technologies, Criteria, round.Screening));
        for (var i = 0; i < 500; i++)
        {
            _decisions[new PairKey($"C{i % Countries + 1:000}", $"t{i % Technologies + 1:000}")] = (RankedDecision.Accepted, "Rationale.");
        }
        _ = (_analysis.OverallRanks, _analysis.RanksInTechnology, _analysis.Longlist);
        _rows = RoundRanking.Build(_analysis, _decisions);
    }

    [Benchmark(Description = "build every row of the ranking (36,900 ranked pairs)")]
    public int BuildRows() => RoundRanking.Build(_analysis, _decisions).Count;

    [Benchmark(Description = "export every row as CSV")]
    public long ExportCsv() => Export(ExportFormat.Csv);

    [Benchmark(Description = "export every row as an Excel workbook")]
    public long ExportXlsx() => Export(ExportFormat.Xlsx);

    private long Export(ExportFormat format)
    {
        var output = new MemoryStream();
        RankingExporter.WriteAsync(new RankingTable("bench", "Benchmark", RankingMethod.WeightedSum, _analysis.Criteria, _analysis.Weights, true, _rows.Count, _rows), format, output)
            .GetAwaiter().GetResult();
        return output.Length;
    }

    [Benchmark(Description = "a grid request: filter by theme, sort by a criterion's mean, one page of 50")]
    public int FilterSortPage() =>
        new RankingSort(RankingColumn.CriterionMean, Descending: true, Criterion: 2).Apply(new RankingFilter(Theme: "Theme 1").Apply(_rows)).Skip(100).Take(50).ToArray().Length;

    [Benchmark(Description = "a grid request: every row sorted by country, one page of 50")]
    public int SortAllPage() => new RankingSort(RankingColumn.Country).Apply(_rows).Skip(100).Take(50).ToArray().Length;
}
