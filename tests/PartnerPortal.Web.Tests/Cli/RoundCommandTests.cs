using System.Text.Json;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Cli;

public class RoundCommandTests
{
    private static Task<CliRun> RunAsync(TestDatabase database, params string[] args) => CliRun.RunAsync(database, null, args);

    [Fact]
    public async Task A_generated_demo_round_is_analysed_weighted_and_moved_to_review_from_the_command_line()
    {
        var db = await PortalCliTests.SeededDatabaseAsync();

        var generate = await RunAsync(db, "demo", "generate", "--countries", "6", "--technologies", "4", "--analysts", "3", "--seed", "7");
        var slug = generate.Output.Trim();
        var weights = await RunAsync(db, "round", "weights", "--round", slug, "--weights", "1,1,1,1,4", "--comment", "Feasibility first this year");
        var analyse = await RunAsync(db, "round", "analyse", "--round", slug, "--top", "3");
        var review = await RunAsync(db, "round", "status", "--round", slug, "--to", "review");
        var audit = await RunAsync(db, "audit", "export");

        Assert.Equal((0, "demo-6x4x3-s7"), (generate.ExitCode, slug));
        Assert.Equal(0, weights.ExitCode);
        Assert.Equal(0.5, JsonDocument.Parse(weights.Output).RootElement.GetProperty("feasibility").GetDouble(), 9);
        Assert.Equal(0, analyse.ExitCode);
        var summary = JsonDocument.Parse(analyse.Output).RootElement;
        Assert.Equal(24, summary.GetProperty("pairs").GetInt32());
        Assert.Equal(0.5, summary.GetProperty("weights").GetProperty("feasibility").GetDouble(), 9);
        var top = summary.GetProperty("top").EnumerateArray().ToList();
        Assert.Equal(3, top.Count);
        Assert.Equal(1, top[0].GetProperty("rank").GetInt32());
        Assert.True(top[0].GetProperty("index").GetDouble() >= top[2].GetProperty("index").GetDouble());
        Assert.Equal(0, review.ExitCode);
        Assert.Contains("Feasibility first this year", audit.Output);
        Assert.Contains("round.status", audit.Output);
    }

    [Fact]
    public async Task Weights_of_1e308_or_all_zero_exit_2_and_the_round_keeps_analysing()
    {
        var db = await PortalCliTests.SeededDatabaseAsync();
        var slug = (await RunAsync(db, "demo", "generate", "--countries", "3", "--technologies", "3", "--analysts", "2", "--seed", "5")).Output.Trim();

        var huge = await RunAsync(db, "round", "weights", "--round", slug, "--weights", "1e308,1e308,1e308,1e308,1e308", "--comment", "Workshop");
        var zeros = await RunAsync(db, "round", "weights", "--round", slug, "--weights", "0,0,0,0,0", "--comment", "Workshop");
        var analyse = await RunAsync(db, "round", "analyse", "--round", slug);

        Assert.Equal(2, huge.ExitCode);
        Assert.Contains("--weights takes numbers from 0 to 1000 separated by commas; '1e308' is not one", huge.Error);
        Assert.Equal(2, zeros.ExitCode);
        Assert.Contains("--weights must not all be 0", zeros.Error);
        Assert.Equal(0, analyse.ExitCode);
        Assert.Equal(0.2, JsonDocument.Parse(analyse.Output).RootElement.GetProperty("weights").GetProperty("feasibility").GetDouble(), 9);
    }

    [Fact]
    public async Task Changing_a_published_round_exits_1_and_says_why()
    {
        var db = await PortalCliTests.SeededDatabaseAsync();

        var run = await RunAsync(db, "round", "weights", "--round", Study.RoundSlug, "--weights", "1,1,1,1,1", "--comment", "late");
        var compare = await RunAsync(db, "round", "compare", "--round", Study.RoundSlug, "--with", Study.RoundSlug);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("was published on 31 July 2021 and can no longer change", run.Error);
        Assert.Equal(0, compare.ExitCode);
        Assert.Empty(JsonDocument.Parse(compare.Output).RootElement.GetProperty("largestMoves").EnumerateArray());
    }
}
