using System.Globalization;
using System.Text;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Testing;
using PartnerPortal.Web.Cli;

namespace PartnerPortal.Web.Tests.Cli;

public class PortalCliTests
{
    private static Task<CliRun> RunAsync(TestDatabase database, params string[] args) => CliRun.RunAsync(database, null, args);

    internal static async Task<TestDatabase> SeededDatabaseAsync()
    {
        var database = await TestPostgres.CreateDatabaseAsync("cli");
        Assert.Equal(0, (await RunAsync(database, "seed")).ExitCode);
        return database;
    }

    [Fact]
    public async Task Export_longlist_prints_exactly_the_pairs_of_table_6_1()
    {
        var run = await RunAsync(await SeededDatabaseAsync(), "export", "longlist", "--round", "mm-2021");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(Study.ExpectedFile("mm-2021-longlist.csv")), run.Output);
    }

    [Fact]
    public async Task Export_shortlist_writes_table_6_2_to_a_utf8_file_without_bom()
    {
        var file = Path.Combine(Path.GetTempPath(), $"shortlist-{Guid.NewGuid():N}.csv");

        var run = await RunAsync(await SeededDatabaseAsync(), "export", "shortlist", "--round", "mm-2021", "--out", file);

        Assert.Equal(0, run.ExitCode);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(await File.ReadAllTextAsync(Study.ExpectedFile("mm-2021-shortlist.csv")), Encoding.UTF8.GetString(bytes));
        File.Delete(file);
    }

    [Fact]
    public async Task Export_as_xlsx_writes_a_workbook_and_leaves_no_partial_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"longlist-{Guid.NewGuid():N}.xlsx");

        var run = await RunAsync(await SeededDatabaseAsync(), "export", "longlist", "--round", "mm-2021", "--format", "xlsx", "--out", file);

        Assert.Equal(0, run.ExitCode);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.False(File.Exists(file + ".partial"));
        File.Delete(file);
    }

    [Fact]
    public async Task Export_ranking_prints_a_csv_row_per_ranked_pair_and_writes_the_same_rows_to_a_workbook_of_numbers()
    {
        var db = await SeededDatabaseAsync();
        var slug = (await RunAsync(db, "demo", "generate", "--countries", "5", "--technologies", "4", "--analysts", "3", "--seed", "3")).Output.Trim();
        var file = Path.Combine(Path.GetTempPath(), $"ranking-{Guid.NewGuid():N}.xlsx");

        var csv = await RunAsync(db, "export", "ranking", "--round", slug);
        var xlsx = await RunAsync(db, "export", "ranking", "--round", slug, "--format", "xlsx", "--out", file);

        Assert.Equal((0, 0), (csv.ExitCode, xlsx.ExitCode));
        var lines = csv.Output.TrimEnd('\n').Split('\n');
        Assert.StartsWith("Rank,Index,Country,Country code,Technology,", lines[0]);
        var sheet = OfficeFiles.ReadSheet(await File.ReadAllBytesAsync(file));
        Assert.True(sheet.Problems.Count == 0, string.Join(Environment.NewLine, sheet.Problems));
        Assert.InRange(sheet.Rows.Count, 2, 21);
        Assert.Equal(lines.Length, sheet.Rows.Count);
        Assert.Equal(new Infrastructure.Csv.CsvRecordReader(new StringReader(csv.Output)).ReadAll().Skip(1).Select(r => r.Fields[3]), sheet.Rows.Skip(1).Select(r => r[3].Text));
        Assert.All(sheet.Rows.Skip(1), r => Assert.True(r[0].IsNumber && r[1].IsNumber));
        Assert.False(File.Exists(file + ".partial"));
        File.Delete(file);
    }

    [Fact]
    public async Task Export_report_writes_a_word_document_holding_both_tables_and_every_accepted_pair()
    {
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.docx");

        var run = await RunAsync(await SeededDatabaseAsync(), "export", "report", "--round", "mm-2021", "--out", file);

        Assert.Equal(0, run.ExitCode);
        var report = OfficeFiles.ReadWord(await File.ReadAllBytesAsync(file));
        Assert.True(report.Problems.Count == 0, string.Join(Environment.NewLine, report.Problems));
        Assert.Equal("Country/territory", report.Table("Country/territory")[0][0]);
        Assert.Equal(17, report.Table("Theme").Count);
        Assert.Equal(120, report.Headings(2).Count(h => h.Contains(" – ")));
        Assert.False(File.Exists(file + ".partial"));
        File.Delete(file);
    }

    [Fact]
    public async Task Seed_a_second_time_adds_nothing()
    {
        var run = await RunAsync(await SeededDatabaseAsync(), "seed");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("seeded: nothing new", run.Error);
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "export", "longlist" }, "option --round is required")]
    [InlineData(new[] { "export", "longlist", "--round", "mm-2021", "--format", "xml" }, "--format takes 'csv', 'json' or 'xlsx', not 'xml'")]
    [InlineData(new[] { "export", "wishlist", "--round", "mm-2021" }, "export takes 'longlist', 'shortlist', 'ranking' or 'report', not 'wishlist'")]
    [InlineData(new[] { "export", "ranking", "--round", "mm-2021", "--format", "json" }, "--format for the ranking takes 'csv' or 'xlsx', not 'json'")]
    [InlineData(new[] { "export", "ranking", "--round", "mm-2021", "--format", "xlsx" }, "--format xlsx writes a binary workbook: give --out FILE.xlsx")]
    [InlineData(new[] { "export", "report", "--round", "mm-2021" }, "export report writes a binary Word document: give --out FILE.docx")]
    [InlineData(new[] { "export", "report", "--round", "mm-2021", "--format", "pdf", "--out", "r.pdf" }, "export report writes a Word document (docx), not 'pdf'")]
    [InlineData(new[] { "export", "report", "--out", "r.docx" }, "option --round is required")]
    [InlineData(new[] { "export", "ranking", "--round", "mm-2021", "--technology", "batteries" }, "unknown option --technology for 'export'")]
    [InlineData(new[] { "export", "longlist", "--round" }, "option --round needs a value")]
    [InlineData(new[] { "export", "longlist", "--round", "mm-2021", "--format", "xlsx" }, "--format xlsx writes a binary workbook: give --out FILE.xlsx")]
    [InlineData(new[] { "round", "weights", "--round", "r", "--weights", "1,x", "--comment", "c" }, "--weights takes numbers from 0 to 1000 separated by commas; 'x' is not one")]
    [InlineData(new[] { "round", "weights", "--round", "r", "--weights", "1e308,1", "--comment", "c" }, "--weights takes numbers from 0 to 1000 separated by commas; '1e308' is not one")]
    [InlineData(new[] { "round", "weights", "--round", "r", "--weights", "0,0", "--comment", "c" }, "--weights must not all be 0")]
    [InlineData(new[] { "round", "status", "--round", "r", "--to", "done" }, "--to takes scoring, review or published, not 'done'")]
    [InlineData(new[] { "demo", "generate", "--countries", "0" }, "--countries takes a whole number from 1 to 1000, not '0'")]
    [InlineData(new[] { "migrate", "--force", "yes" }, "unknown option --force for 'migrate'")]
    public async Task A_malformed_command_line_exits_2_with_the_problem_and_the_usage(string[] args, string problem)
    {
        var run = await RunAsync(TestDatabase.Unused, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {problem}", run.Error);
        Assert.Contains("Usage:", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Exporting_an_unknown_round_exits_1_and_names_it()
    {
        var run = await RunAsync(await SeededDatabaseAsync(), "export", "longlist", "--round", "mm-1999");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("There is no round 'mm-1999'.", run.Error);
    }

    [Fact]
    public async Task Help_prints_every_verb()
    {
        var run = await RunAsync(TestDatabase.Unused, "help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(new[] { "migrate", "seed", "export longlist|shortlist", "export ranking", "export report" }, verb => Assert.Contains(verb, run.Output));
    }

    [Fact]
    public async Task Help_states_the_calculators_conventions_where_the_methods_are_silent()
    {
        var run = await RunAsync(TestDatabase.Unused, "help");

        Assert.Contains("distance 0 from both the ideal and the anti-ideal", run.Output);
        Assert.Contains("gets closeness 0.5", run.Output);
        Assert.Contains("A criterion whose values are all zero contributes nothing.", run.Output);
        Assert.Contains("W = 0 when every rater ties every item", run.Output);
        Assert.Contains("any value ≤ 0 is min–max scaled", run.Output);
        // The random index the help quotes beyond nine criteria is the one the code divides by.
        var beyondNine = string.Join(", ", Enumerable.Range(10, 6).Select(n => $"{Ahp.RandomConsistencyIndex(n).ToString("0.00", CultureInfo.InvariantCulture)} ({n})"));
        Assert.Contains(beyondNine, System.Text.RegularExpressions.Regex.Replace(run.Output, @"\s+", " "));
    }

    [Fact]
    public async Task Help_states_the_exit_code_rule_usage_or_input_error_2_runtime_failure_1()
    {
        var run = await RunAsync(TestDatabase.Unused, "help");
        var text = System.Text.RegularExpressions.Regex.Replace(run.Output, @"\s+", " ");

        Assert.Contains("Exit codes: 0 done. 2 a usage or input error", text);
        Assert.Contains("1 a runtime failure", text);
    }
}
