using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Hosting;

/// <summary>
/// The object-level half of the matrix: on a round open for scoring, three analysts have scored China –
/// Batteries with values whose means (4.33, 1.67, 4.67, 1.33, 3.33; index 51.7) appear nowhere else. Every
/// page and data endpoint of the round, read from the app's own endpoint list, is fetched as analysts who have
/// not scored the pair — assigned, not assigned, and assigned with "insufficient evidence" on all five
/// criteria — and none of those figures may be in any answer; a manager finds them.
/// </summary>
public partial class RouteMatrixTests
{
    private const string OpenRound = "figures";

    private static readonly Dictionary<string, byte?[]> GroupScores = new()
    {
        ["b"] = [5, 1, 4, 2, 3],
        ["c"] = [4, 2, 5, 1, 3],
        ["d"] = [4, 2, 5, 1, 4],
    };

    private static readonly string[] CriterionCodes = ["rie", "economic", "challenges", "additionality", "feasibility"];

    /// <summary>The group's means to two decimals and its index; the scoring page's "The group so far".</summary>
    private static readonly Regex GroupFigure = new(@"(?<![\d.])(4\.33|1\.67|4\.67|1\.33|3\.33|51\.7|51\.67)(?!\d)|The group so far|\d+ scores: mean", RegexOptions.Compiled);

    /// <summary>Query strings that make a page show what it shows about a pair.</summary>
    private static readonly Dictionary<string, string> FigureQueries = new()
    {
        ["/rounds/{Slug}/radar"] = "?pair=CHN/batteries",
        ["/rounds/{Slug}/compare"] = $"?with={Study.RoundSlug}",
        ["/rounds/{Slug}/score"] = "?country=CHN",
        ["/rounds/{Slug}/pairs/{Country}/{Technology}"] = "?with=CHN/batteries",
    };

    [Theory]
    [InlineData("assigned, nothing scored", true, false)]
    [InlineData("not assigned", false, false)]
    [InlineData("assigned, insufficient evidence on all five criteria", true, true)]
    public async Task An_analyst_who_has_not_scored_a_pair_finds_no_other_analysts_figure_for_it_on_any_page_or_endpoint_of_the_round(
        string who, bool assigned, bool insufficientEvidence)
    {
        var round = await EnsureScoredOpenRoundAsync();
        var email = $"looker-{Guid.NewGuid():N}@example.org";
        if (assigned)
        {
            var id = await StudyRoundCopy.AddAnalystAsync(portal.Services, round, email, PortalFactory.Password);
            if (insufficientEvidence)
            {
                await ScoreAsync(id, [null, null, null, null, null]);
            }
        }
        else
        {
            await portal.AddUserAsync(PortalRoles.Analyst, email);
        }
        var analyst = await portal.SignedInAsync(email);

        var leaks = new List<string>();
        var answers = new List<string>();
        foreach (var path in RoundPaths())
        {
            using var response = await analyst.GetAsync(path);
            answers.Add($"{(int)response.StatusCode} {path}");
            if (GroupFigure.Match(await TextOfAsync(response)) is { Success: true } match)
            {
                leaks.Add($"{path} ({(int)response.StatusCode}): '{match.Value}'");
            }
            if (!assigned)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path} answered {(int)response.StatusCode} to an analyst not assigned to the round");
            }
            else
            {
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"{path} answered {(int)response.StatusCode}");
            }
        }

        log.WriteLine($"{who}: {answers.Count} requests over every GET route of a round");
        answers.ForEach(log.WriteLine);
        Assert.True(leaks.Count == 0, $"the group's figures reached an analyst ({who}):{Environment.NewLine}{string.Join(Environment.NewLine, leaks)}");
        Assert.Contains(answers, a => a.Contains("/pairs/CHN/batteries", StringComparison.Ordinal));
        // Said kindly: the round is not theirs yet, or the pair waits for their scores.
        using var pairPage = await analyst.GetAsync($"/rounds/{OpenRound}/pairs/CHN/batteries");
        Assert.Contains(assigned ? "Hidden until you have scored it" : "Not open to you yet", (await Html.ParseAsync(pairPage)).Body!.TextContent);
    }

    [Fact]
    public async Task A_manager_and_an_analyst_who_has_scored_the_pair_see_the_groups_figures()
    {
        await EnsureScoredOpenRoundAsync();
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));
        var scorer = await portal.SignedInAsync("figures-b@example.org");
        string[] figurePaths =
        [
            // The ranking grid fills from the circuit after the first render; its rows are the export's rows.
            $"/rounds/{OpenRound}/pairs/CHN/batteries", $"/rounds/{OpenRound}/export/ranking.csv", $"/rounds/{OpenRound}/heatmap.json",
            $"/rounds/{OpenRound}/radar?pair=CHN/batteries",
        ];

        foreach (var path in figurePaths)
        {
            using var forManager = await manager.GetAsync(path);
            using var forScorer = await scorer.GetAsync(path);
            Assert.Matches(GroupFigure, await TextOfAsync(forManager));
            Assert.Matches(GroupFigure, await TextOfAsync(forScorer));
        }
        var page = await Html.ParseAsync(await scorer.GetAsync($"/rounds/{OpenRound}/score/CHN/batteries"));
        Assert.Contains("3 scores: mean 4.3", page.QuerySelector(".group-spread")!.TextContent);
    }

    /// <summary>Every GET route of a round the app maps, with the round, China – Batteries and each export in each of its formats filled in.</summary>
    private List<string> RoundPaths()
    {
        var patterns = MappedRoutes().Where(r => r.Method == "GET" && r.Pattern.StartsWith("/rounds/{", StringComparison.Ordinal)).Select(r => r.Pattern).Distinct().ToList();
        Assert.Contains("/rounds/{slug}/heatmap.json", patterns);
        var paths = new List<string>();
        foreach (var pattern in patterns)
        {
            var samples = SampleValues.Aggregate(pattern, (p, sample) => p.Replace(sample.Key, sample.Value)).Replace(Study.RoundSlug, OpenRound);
            var expanded = pattern.Contains("{format}", StringComparison.Ordinal)
                ?
                [
                    .. from table in new[] { "longlist", "shortlist" } from format in new[] { "csv", "json", "xlsx" } select $"/rounds/{OpenRound}/export/{table}.{format}",
                    $"/rounds/{OpenRound}/export/ranking.csv", $"/rounds/{OpenRound}/export/ranking.xlsx", $"/rounds/{OpenRound}/export/ranking.csv?technology=batteries",
                    $"/rounds/{OpenRound}/export/report.docx",
                ]
                : new[] { samples + FigureQueries.GetValueOrDefault(pattern, "") }.AsEnumerable();
            paths.AddRange(expanded);
        }
        return paths;
    }

    /// <summary>The answer as text; a workbook's sheets unzipped, so a figure inside one is found too.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("<style[^>]*>.*?</style>|<svg[^>]*>.*?</svg>|style=\"[^\"]*\"", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex ThemeStyles();

    private static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes is not [(byte)'P', (byte)'K', ..])
        {
            // MudBlazor's theme (a <style> of CSS numbers) and icons (SVG paths such as "c-0.64-0.28-1.33-0.45") are
            // drawing, not data, so not searched. Everything else is, the serialised state of interactive components included.
            return ThemeStyles().Replace(Encoding.UTF8.GetString(bytes), "");
        }
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(await reader.ReadToEndAsync());
        }
        return text.ToString();
    }


    /// <summary>The round, once per portal (tests in a class run one at a time): a copy of the study in Scoring, China – Batteries scored by three analysts.</summary>
    private async Task<Domain.Rounds.Round> EnsureScoredOpenRoundAsync()
    {
        var round = await portal.EnsureStudyRoundCopyAsync(OpenRound);
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        if (!await db.Users.AnyAsync(u => u.Email == "figures-b@example.org"))
        {
            foreach (var (name, values) in GroupScores)
            {
                await ScoreAsync(await StudyRoundCopy.AddAnalystAsync(portal.Services, round, $"figures-{name}@example.org", PortalFactory.Password), values);
            }
        }
        return round;
    }

    private async Task ScoreAsync(string analystId, byte?[] values)
    {
        var recorder = portal.Services.GetRequiredService<ScoreRecorder>();
        foreach (var (criterion, value) in CriterionCodes.Zip(values))
        {
            await recorder.SaveAsync(new ScoreInput(OpenRound, "CHN", "batteries", criterion, analystId, value, Confidence.Medium, null, null, null));
        }
    }
}
