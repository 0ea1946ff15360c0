using System.Text.Json;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Web.Cli;

namespace PartnerPortal.Web.Tests.Cli;

/// <summary>The calculator verbs need no database: they run before any cluster is started.</summary>
public class CalculatorCommandTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await PortalCli.RunAsync(args, output, error, new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = "Host=nowhere.invalid" });
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string File(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"calculator-{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Weights_ahp_reads_fractions_and_names_and_prints_weights_with_consistency()
    {
        var run = await RunAsync("weights", "ahp", File("criterion,a,b,c\na,1,3,5\nb,1/3,1,2\nc,1/5,1/2,1\n"));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(0.6483290138, json.RootElement.GetProperty("weights")[0].GetDouble(), 9);
        Assert.Equal(0.0031849983, json.RootElement.GetProperty("consistencyRatio").GetDouble(), 9);
        Assert.Equal("a", json.RootElement.GetProperty("criteria")[0].GetString());
    }

    [Fact]
    public async Task Weights_ahp_warns_about_an_inconsistent_matrix_naming_the_judgement()
    {
        var run = await RunAsync("weights", "ahp", File("1,5,1/7\n1/5,1,3\n7,1/3,1\n"), "--method", "geometric");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("exceeds 0.10; revisit the judgement of criterion", run.Output);
    }

    [Fact]
    public async Task Weights_ahp_geometric_reports_the_principal_eigenvalues_consistency_and_the_geometric_consistency_index()
    {
        var run = await RunAsync("weights", "ahp", File("1,1/7,1/6,1/2\n7,1,1/5,2\n6,5,1,6\n2,1/2,1/6,1\n"), "--method", "geometric");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(4.27355, root.GetProperty("lambdaMax").GetDouble(), 5);
        Assert.Equal(0.1013, root.GetProperty("consistencyRatio").GetDouble(), 4);
        Assert.Contains("exceeds 0.10", root.GetProperty("warning").GetString());
        Assert.Equal(0.3471, root.GetProperty("geometricConsistencyIndex").GetDouble(), 4);
        Assert.Equal(0.35, root.GetProperty("geometricConsistencyThreshold").GetDouble());
    }

    [Fact]
    public async Task Weights_ahp_refuses_a_judgement_off_saatys_scale_unless_allowed_and_accepts_three_decimal_reciprocals()
    {
        var offScale = File("1,1e300,2\n1e-300,1,2\n1/2,1/2,1\n");

        var refused = await RunAsync("weights", "ahp", offScale);
        var allowed = await RunAsync("weights", "ahp", offScale, "--allow-any-scale");
        var decimals = await RunAsync("weights", "ahp", File("1,6,7\n0.167,1,3\n0.143,0.333,1\n"));

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("Saaty's scale runs from 1/9 to 9. Give --allow-any-scale", refused.Error);
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.Equal(0, allowed.ExitCode);
        Assert.Equal(0, decimals.ExitCode);
    }

    [Fact]
    public async Task Rank_orders_alternatives_best_first_with_topsis()
    {
        var run = await RunAsync("rank", File("alternative,price,economy,aesthetics,boot\nCorsa,5490,51.4,8.5,285\nClio,6500,70.6,7,288\nFiesta,6489,54.3,7.5,290\n"),
            "--method", "topsis", "--weights", "0.35,0.25,0.25,0.15", "--types", "cost,benefit,benefit,benefit");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["Clio", "Corsa", "Fiesta"], json.RootElement.EnumerateArray().Select(a => a.GetProperty("alternative").GetString()));
        Assert.Equal(1, json.RootElement[0].GetProperty("rank").GetInt32());
    }

    [Fact]
    public async Task Agreement_prints_kendalls_w_with_tie_correction()
    {
        var run = await RunAsync("agreement", File("rater,a,b,c,d\nann,1,2.5,2.5,4\nbob,1,2,3,4\ncy,1.5,1.5,3,4\n"));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(474 / 504.0, json.RootElement.GetProperty("w").GetDouble(), 12);
    }

    /// <summary>W = 474/504 for 3 raters and 4 items: χ² = 3 × 3 × W = 8.464 on 3 degrees of freedom.</summary>
    [Fact]
    public async Task Agreement_prints_the_chi_square_its_degrees_of_freedom_and_p_value_with_a_note_below_eight_items()
    {
        var run = await RunAsync("agreement", File("rater,a,b,c,d\nann,1,2.5,2.5,4\nbob,1,2,3,4\ncy,1.5,1.5,3,4\n"));
        var eight = await RunAsync("agreement", File("rater,a,b,c,d,e,f,g,h\nann,1,2,3,4,5,6,7,8\nbob,2,1,3,4,5,6,8,7\n"));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(9 * 474 / 504.0, root.GetProperty("chiSquare").GetDouble(), 12);
        Assert.Equal(3, root.GetProperty("degreesOfFreedom").GetInt32());
        Assert.Equal(ChiSquared.UpperTail(9 * 474 / 504.0, 3), root.GetProperty("pValue").GetDouble(), 15);
        Assert.InRange(root.GetProperty("pValue").GetDouble(), 0.03, 0.04);
        Assert.Contains("chi-square approximation to W's distribution is rough", root.GetProperty("note").GetString());
        using var eightJson = JsonDocument.Parse(eight.Output);
        Assert.Equal(JsonValueKind.Null, eightJson.RootElement.GetProperty("note").ValueKind);
    }

    [Fact]
    public async Task Agreement_refuses_rows_that_are_not_rankings_naming_the_rater_and_ranks_raw_ratings_when_asked()
    {
        var file = File("rater,a,b,c,d\nann,1,2,3,4\nbob,2,2,3,3\n");

        var refused = await RunAsync("agreement", file);
        var ratings = await RunAsync("agreement", file, "--ratings");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("bob's ranks (rater 2) must run from 1 to 4", refused.Error);
        Assert.Contains("Give --ratings if the rows are ratings to be ranked.", refused.Error);
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.Equal(0, ratings.ExitCode);
        using var json = JsonDocument.Parse(ratings.Output);
        // Ranked highest first: ann 4,3,2,1; bob 3.5,3.5,1.5,1.5 — total agreement apart from bob's ties.
        Assert.Equal(KendallW.Compute([[4, 3, 2, 1], [3.5, 3.5, 1.5, 1.5]]), json.RootElement.GetProperty("w").GetDouble(), 12);
    }

    [Theory]
    [InlineData("weights", "1,2,3\n1/2,1,3\n", "", "line 2: 3 values where 3 are expected|must be square")]
    [InlineData("weights", "1,-2\n-1/2,1\n", "", "judgements must be positive")]
    [InlineData("weights", "1,x\n1,1\n", "", "'x' is not a number")]
    [InlineData("rank", "alternative,a,b\nA,1,2\nB,3\n", "wsm", "line 3: 1 values where 2 are expected")]
    [InlineData("agreement", "rater,a,b\nann,1,2\nbob,1,1\n", "", "bob's ranks \\(rater 2\\) must run from 1 to 2")]
    public async Task Bad_input_gives_one_error_line_and_exit_code_2(string verb, string content, string method, string problem)
    {
        string[] args = verb switch
        {
            "weights" => ["weights", "ahp", File(content)],
            "rank" => ["rank", File(content), "--method", method, "--weights", "1,1", "--types", "benefit,benefit"],
            _ => ["agreement", File(content)],
        };

        var run = await RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(problem, run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("weights")]
    [InlineData("rank")]
    [InlineData("agreement")]
    public async Task A_missing_file_or_a_directory_exits_2_with_one_line_for_every_calculator(string verb)
    {
        var missing = Path.Combine(Path.GetTempPath(), $"nosuch-{Guid.NewGuid():N}.csv");
        string[] Args(string path) => verb switch
        {
            "weights" => ["weights", "ahp", path],
            "rank" => ["rank", path, "--method", "wsm", "--weights", "1", "--types", "benefit"],
            _ => ["agreement", path],
        };

        var notFound = await RunAsync(Args(missing));
        var directory = await RunAsync(Args(Path.GetTempPath()));

        Assert.Equal((2, $"error: {missing}: file not found"), (notFound.ExitCode, notFound.Error.Trim()));
        Assert.Equal(2, directory.ExitCode);
        Assert.Contains("is a directory, not a file", directory.Error);
        Assert.Single(directory.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task An_unknown_method_is_a_usage_error()
    {
        var run = await RunAsync("rank", "x.csv", "--method", "electre", "--weights", "1", "--types", "benefit");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--method takes 'wsm' or 'topsis', not 'electre'", run.Error);
    }
}
