using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Cli;

/// <summary>
/// Each verb run first thing on a database that was migrated and nothing else (as scripts/load-test.sh does on
/// a fresh clone): it does its work, seeding the study first where it needs it, or exits 1 with one line
/// saying what to do — never a stack trace.
/// </summary>
public class FreshDatabaseCommandTests
{
    public static TheoryData<string[]> Verbs => new()
    {
        new[] { "demo", "generate", "--countries", "3", "--technologies", "2", "--analysts", "1" },
        new[] { "export", "longlist", "--round", Study.RoundSlug },
        new[] { "export", "shortlist", "--round", Study.RoundSlug, "--format", "json" },
        new[] { "export", "ranking", "--round", Study.RoundSlug },
        new[] { "export", "report", "--round", Study.RoundSlug, "--out", Path.Combine(Path.GetTempPath(), $"fresh-report-{Guid.NewGuid():N}.docx") },
        new[] { "round", "analyse", "--round", Study.RoundSlug },
        new[] { "round", "compare", "--round", Study.RoundSlug, "--with", Study.RoundSlug },
        new[] { "round", "status", "--round", Study.RoundSlug, "--to", "review" },
        new[] { "round", "assign", "--round", Study.RoundSlug, "--analysts", "nobody@example.org" },
        new[] { "round", "weights", "--round", Study.RoundSlug, "--weights", "1,1,1,1,1", "--comment", "x" },
        new[] { "round", "delete", "--round", Study.RoundSlug },
        new[] { "import", "indicators", IndicatorFiles.Sample("tidy_sample.csv"), "--dry-run" },
        new[] { "users", "list" },
        new[] { "users", "set-role", "--email", "nobody@example.org", "--role", "Analyst" },
        new[] { "users", "reset-link", "--email", "nobody@example.org", "--base-url", "https://portal.example" },
        new[] { "audit", "export" },
        new[] { "seed" },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task A_verb_on_a_migrated_but_unseeded_database_works_or_exits_1_with_one_line(string[] args)
    {
        var db = await TestPostgres.CreateDatabaseAsync("fresh");
        Assert.Equal(0, (await CliRun.RunAsync(db, null, "migrate")).ExitCode);

        var run = await CliRun.RunAsync(db, null, args);

        Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode}: {run.Error}");
        Assert.DoesNotContain("   at ", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
        if (run.ExitCode == 1)
        {
            Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.StartsWith("error: ", StringComparison.Ordinal));
        }
    }
}
