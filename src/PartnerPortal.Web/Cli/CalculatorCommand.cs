using System.Text.Json;
using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Web.Cli;

/// <summary>
/// The scoring calculators, on the same domain code the portal uses, printing JSON; no database needed:
///   weights ahp FILE.csv [--method eigenvector|geometric] [--allow-any-scale]
///   rank FILE.csv --method wsm|topsis --weights w1,w2,… --types benefit,cost,…
///   agreement FILE.csv [--ratings]
/// </summary>
public static class CalculatorCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static bool Handles(string verb) => verb is "weights" or "rank" or "agreement";

    public static void Validate(CliArguments command)
    {
        switch (command.Verb)
        {
            case "weights":
                command.ExpectPositional(2);
                if (command.Positional[0] != "ahp")
                {
                    throw new CliUsageException($"weights takes 'ahp', not '{command.Positional[0]}'");
                }
                command.AllowOnly("method", "allow-any-scale");
                ParseAhpMethod(command.Option("method"));
                break;
            case "rank":
                command.ExpectPositional(1);
                command.AllowOnly("method", "weights", "types");
                ParseRankingMethod(command.RequiredOption("method"));
                command.RequiredOption("weights");
                command.RequiredOption("types");
                break;
            default:
                command.ExpectPositional(1);
                command.AllowOnly("ratings");
                break;
        }
    }

    public static async Task<int> RunAsync(CliArguments command, TextWriter output, TextWriter error)
    {
        try
        {
            object result = command.Verb switch
            {
                "weights" => WeighAhp(command.Positional[1], ParseAhpMethod(command.Option("method")), command.Flag("allow-any-scale")),
                "rank" => Rank(command),
                _ => Agreement(command.Positional[0], command.Flag("ratings")),
            };
            await output.WriteLineAsync(JsonSerializer.Serialize(result, Json));
            return 0;
        }
        // A file the calculator cannot use is an input error like a wrong command line: exit 2, one line.
        // Unreadable files (permissions, a file vanishing between check and open) are input errors too.
        catch (Exception e) when (e is ScoringInputException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
    }

    private static object WeighAhp(string path, AhpMethod method, bool allowAnyScale)
    {
        var header = CalculatorTable.StartsWithLabel(path);
        var table = CalculatorTable.Read(path, namedRows: header, header: header);
        var n = table.Values.Count;
        var matrix = new double[n, table.Values.Count > 0 ? table.Values[0].Count : 0];
        for (var i = 0; i < n; i++)
        {
            if (table.Values[i].Count != n)
            {
                throw new ScoringInputException($"{path}: the matrix must be square; it has {n} rows and {table.Values[i].Count} columns");
            }
            for (var j = 0; j < n; j++)
            {
                matrix[i, j] = table.Values[i][j];
            }
        }
        AhpResult result;
        try
        {
            result = Ahp.Weigh(matrix, method, allowAnyScale);
        }
        catch (ScoringInputException e) when (!allowAnyScale && e.Message.Contains("Saaty's scale", StringComparison.Ordinal))
        {
            throw new ScoringInputException($"{e.Message} Give --allow-any-scale for ratios off that scale.");
        }
        var names = header ? table.RowNames : null;
        return new
        {
            weights = result.Weights,
            criteria = names,
            lambdaMax = result.LambdaMax,
            consistencyIndex = result.ConsistencyIndex,
            consistencyRatio = result.ConsistencyRatio,
            geometricConsistencyIndex = result.GeometricConsistencyIndex,
            geometricConsistencyThreshold = result.GeometricConsistencyThreshold,
            warning = result.MostInconsistentJudgement is { } worst
                ? $"The consistency ratio {result.ConsistencyRatio:0.###} exceeds 0.10; revisit the judgement of {Label(names, worst.Row)} against {Label(names, worst.Column)} ({worst.Value:0.###})."
                : null,
        };
    }

    private static object Agreement(string path, bool ratings)
    {
        var table = CalculatorTable.Read(path, namedRows: true, header: true);
        var ranks = ratings ? KendallW.RanksFromRatings(table.Values, table.RowNames) : table.Values;
        double w;
        try
        {
            w = KendallW.Compute(ranks, table.RowNames);
        }
        catch (ScoringInputException e) when (!ratings && e.Message.Contains("is not a ranking", StringComparison.Ordinal))
        {
            throw new ScoringInputException($"{path}: {e.Message} Give --ratings if the rows are ratings to be ranked.");
        }
        var (raters, items) = (ranks.Count, ranks[0].Count);
        var significance = KendallWSignificance.Of(w, raters, items);
        return new
        {
            w,
            raters,
            items,
            chiSquare = significance.ChiSquare,
            degreesOfFreedom = significance.DegreesOfFreedom,
            pValue = significance.PValue,
            note = significance.IsApproximationRough
                ? $"With {items} items (fewer than {KendallWSignificance.ItemsForAdequateApproximation}) the chi-square approximation to W's distribution is rough; read the p-value as a guide only."
                : null,
        };
    }

    private static string Label(IReadOnlyList<string>? names, int index) => names?[index] ?? $"criterion {index + 1}";

    private static object Rank(CliArguments command)
    {
        var table = CalculatorTable.Read(command.Positional[0], namedRows: true, header: true);
        var weights = ParseList(command.RequiredOption("weights"), "--weights", text =>
            double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : (double?)null);
        var types = ParseList(command.RequiredOption("types"), "--types", text => text switch
        {
            "benefit" => CriterionType.Benefit,
            "cost" => CriterionType.Cost,
            _ => (CriterionType?)null,
        });
        if (weights.Count != table.ColumnNames.Count || types.Count != table.ColumnNames.Count)
        {
            throw new ScoringInputException($"{table.ColumnNames.Count} criteria ({string.Join(", ", table.ColumnNames)}) need as many --weights and --types; got {weights.Count} and {types.Count}");
        }
        var scores = Ranking.Score(new DecisionMatrix(table.Values, weights, types), ParseRankingMethod(command.RequiredOption("method")));
        var ranks = Ranking.Ranks(scores);
        return table.RowNames
            .Select((name, i) => new { alternative = name, score = scores[i], rank = ranks[i] })
            .OrderBy(a => a.rank)
            .ThenBy(a => a.alternative, StringComparer.Ordinal)
            .ToList();
    }

    private static List<T> ParseList<T>(string text, string option, Func<string, T?> parse) where T : struct =>
        [.. text.Split(',').Select(part => parse(part.Trim()) ?? throw new ScoringInputException($"{option}: '{part.Trim()}' is not allowed"))];

    private static AhpMethod ParseAhpMethod(string? text) => text switch
    {
        null or "eigenvector" => AhpMethod.Eigenvector,
        "geometric" => AhpMethod.GeometricMean,
        _ => throw new CliUsageException($"--method takes 'eigenvector' or 'geometric', not '{text}'"),
    };

    private static RankingMethod ParseRankingMethod(string text) => text switch
    {
        "wsm" => RankingMethod.WeightedSum,
        "topsis" => RankingMethod.Topsis,
        _ => throw new CliUsageException($"--method takes 'wsm' or 'topsis', not '{text}'"),
    };
}
