using System.Globalization;
using System.Text.Json;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Comparisons;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Web.Cli;

/// <summary>round status|assign|weights|analyse|compare|delete: running a round from the command line, with the portal's services.</summary>
public static class RoundCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Validate(CliArguments command)
    {
        command.ExpectPositional(1);
        switch (command.Positional[0])
        {
            case "status":
                command.AllowOnly("round", "to");
                command.RequiredOption("round");
                ParseStatus(command.RequiredOption("to"));
                break;
            case "assign":
                command.AllowOnly("round", "analysts");
                command.RequiredOption("round");
                command.RequiredOption("analysts");
                break;
            case "weights":
                command.AllowOnly("round", "weights", "comment");
                command.RequiredOption("round");
                ParseWeights(command.RequiredOption("weights"));
                command.RequiredOption("comment");
                break;
            case "analyse":
                command.AllowOnly("round", "top");
                command.RequiredOption("round");
                ParseTop(command.Option("top"));
                break;
            case "compare":
                command.AllowOnly("round", "with", "top");
                command.RequiredOption("round");
                command.RequiredOption("with");
                ParseTop(command.Option("top"));
                break;
            case "delete":
                command.AllowOnly("round");
                command.RequiredOption("round");
                break;
            default:
                throw new CliUsageException($"round takes status, assign, weights, analyse, compare or delete, not '{command.Positional[0]}'");
        }
    }

    public static async Task<int> RunAsync(CliContext context)
    {
        var command = context.Command;
        var slug = command.RequiredOption("round");
        switch (command.Positional[0])
        {
            case "status":
                var target = ParseStatus(command.RequiredOption("to"));
                await context.Services.GetRequiredService<RoundLifecycle>().MoveAsync(slug, target);
                await context.Error.WriteLineAsync($"round {slug}: {target}");
                return 0;
            case "assign":
                var emails = command.RequiredOption("analysts").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                await context.Services.GetRequiredService<RoundLifecycle>().AssignAnalystsAsync(slug, emails);
                await context.Error.WriteLineAsync($"round {slug}: {emails.Length} analyst(s) assigned");
                return 0;
            case "weights":
                var editor = context.Services.GetRequiredService<RoundWeightsEditor>();
                var current = await editor.ReadAsync(slug, RoundViewer.Unrestricted);
                var conflict = await editor.SetDirectAsync(slug, ParseWeights(command.RequiredOption("weights")), command.RequiredOption("comment"), current.Version);
                if (conflict is not null)
                {
                    await context.Error.WriteLineAsync($"error: {conflict.SavedBy} changed the weights at the same moment; run the command again.");
                    return 1;
                }
                var saved = await editor.ReadAsync(slug, RoundViewer.Unrestricted);
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(saved.Criteria.Zip(saved.Weights).ToDictionary(p => p.First.Code, p => Math.Round(p.Second, 6)), Json));
                return 0;
            case "delete":
                var deleted = await context.Services.GetRequiredService<RoundDeletion>().DeleteAsync(slug);
                await context.Error.WriteLineAsync(deleted.ToString());
                return 0;
            case "analyse":
                var analysis = await context.Services.GetRequiredService<RoundAnalyzer>().AnalyseAsync(slug, RoundViewer.Unrestricted);
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(Summary(analysis, ParseTop(command.Option("top"))), Json));
                return 0;
            default:
                var report = await context.Services.GetRequiredService<RoundComparer>().CompareAsync(slug, command.RequiredOption("with"), RoundViewer.Unrestricted, ParseTop(command.Option("top")));
                var names = (IEnumerable<Domain.Comparisons.PairKey> pairs) => pairs.Select(report.NameOf).ToList();
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    earlier = report.EarlierRound,
                    later = report.LaterRound,
                    enteredLonglist = names(report.Comparison.EnteredLonglist),
                    leftLonglist = names(report.Comparison.LeftLonglist),
                    enteredShortlist = names(report.Comparison.EnteredShortlist),
                    leftShortlist = names(report.Comparison.LeftShortlist),
                    largestMoves = report.Comparison.LargestMoves.Select(m => new { pair = report.NameOf(m.Pair), from = m.EarlierRank, to = m.LaterRank }),
                }, Json));
                return 0;
        }
    }

    private static object Summary(RoundAnalysis analysis, int top) => new
    {
        round = analysis.Round.Slug,
        method = analysis.Round.RankingMethod.ToString(),
        weights = analysis.Criteria.Zip(analysis.Weights).ToDictionary(p => p.First.Code, p => Math.Round(p.Second, 6)),
        pairs = analysis.Pairs,
        scoredPairs = analysis.ScoredPairs,
        longlisted = analysis.Longlist.Count(d => d.Value.IsLonglisted),
        longlistedNotYetScored = analysis.UnscoredLonglisted,
        top = Enumerable.Range(0, analysis.Pairs).Where(p => analysis.OverallRanks[p] > 0).OrderBy(p => analysis.OverallRanks[p]).Take(top)
            .Select(p => new
            {
                rank = analysis.OverallRanks[p],
                country = analysis.CountryOf(p).Name,
                technology = analysis.TechnologyOf(p).Name,
                index = Math.Round(analysis.Index.Index(p), 2),
                rankInTechnology = analysis.RanksInTechnology[p],
                longlist = analysis.Longlist.TryGetValue(p, out var decision) ? decision.Reason : "No longlisting evidence.",
            }),
        proposal = analysis.Proposal.Pairs.Select(p => new
        {
            country = analysis.CountryOf(p.Candidate.Pair).Name,
            technology = analysis.TechnologyOf(p.Candidate.Pair).Name,
            index = Math.Round(p.Candidate.Score, 2),
            reason = p.Reason,
        }),
        unmetConstraints = analysis.Proposal.UnmetConstraints,
        disagreements = analysis.Disagreements().Count,
    };

    private static RoundStatus ParseStatus(string text) => text switch
    {
        "scoring" => RoundStatus.Scoring,
        "review" => RoundStatus.Review,
        "published" => RoundStatus.Published,
        _ => throw new CliUsageException($"--to takes scoring, review or published, not '{text}'"),
    };

    private static int ParseTop(string? text) =>
        text is null ? 10 : int.TryParse(text, CultureInfo.InvariantCulture, out var top) && top is >= 0 and <= 10_000 ? top
            : throw new CliUsageException($"--top takes a whole number from 0 to 10000, not '{text}'");

    /// <summary>The round's weight rule (<see cref="WeightRule"/>) as a usage error, before anything changes.</summary>
    private static double[] ParseWeights(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        double[] weights = [.. parts.Select(part => double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) && WeightRule.IsAllowed(weight)
            ? weight
            : throw new CliUsageException($"--weights takes numbers from 0 to {WeightRule.Maximum.ToString(CultureInfo.InvariantCulture)} separated by commas; '{part}' is not one"))];
        return weights.Any(w => w > 0) ? weights : throw new CliUsageException("--weights must not all be 0: at least one criterion has to count");
    }
}
