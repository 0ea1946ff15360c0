using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Infrastructure.Workspace;
using PartnerPortal.Testing;
using PartnerPortal.Web.Features.Workspace;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Workspace;

/// <summary>
/// The interactive scoring matrix, rendered over the real services and database: its keyboard model, its filters and
/// their address, the anti-anchoring rule per cell, live updates from other analysts' saves, and the size of the page
/// on a large round.
/// </summary>
public class ScoringMatrixTests : PortalComponentContext, IClassFixture<PortalFactory>
{
    private const string Round = "matrix";
    private static readonly string[] Criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];

    public ScoringMatrixTests(PortalFactory portal) : base(portal)
    {
    }

    [Fact]
    public async Task The_grid_is_one_tab_stop_that_arrow_keys_move_and_Enter_opens_the_pair()
    {
        // A round of its own: the other tests' saves on the shared round reload the page while keys are pressed.
        const string keys = "matrix-keys";
        var analyst = await SignInAsNewAnalystAsync(keys);
        var matrix = await MatrixAsync(analyst, keys);
        var cut = await RenderMatrixAsync(round: keys);
        // The round and the analyst were created just now: their audit entries bring the open page one live reload
        // within the analysis refresh interval. Keys pressed while that render lands raced it under load (CI);
        // the keyboard model is what is tested here, so it starts once the page has settled.
        await Task.Delay(ScoringMatrixPage.ReloadInterval + TimeSpan.FromSeconds(1.5));

        var (first, second) = (matrix.Countries[0], matrix.Countries[1]);
        var (technology1, technology2) = (matrix.Technologies[0], matrix.Technologies[1]);
        Assert.Equal($"{first.Name}, {technology1.Name}: not started", ActiveCell(cut).GetAttribute("aria-label"));
        // One snapshot of the cells: a live re-render (another test's save) would make a second query's elements different objects.
        var tabStops = cut.FindAll("[role=gridcell] a").Select(a => a.GetAttribute("tabindex")).ToList();
        Assert.Equal(1, tabStops.Count(t => t == "0"));
        Assert.Equal(tabStops.Count - 1, tabStops.Count(t => t == "-1"));

        Press(cut, "ArrowRight");
        Assert.Equal($"{first.Name}, {technology2.Name}: not started", ActiveCell(cut).GetAttribute("aria-label"));
        Press(cut, "ArrowDown");
        Assert.Equal($"{second.Name}, {technology2.Name}: not started", ActiveCell(cut).GetAttribute("aria-label"));
        Press(cut, "ArrowUp");
        Press(cut, "ArrowUp"); // already in the first row: stays
        Press(cut, "End");
        Assert.Equal($"{first.Name}, {matrix.Technologies[^1].Name}: not started", ActiveCell(cut).GetAttribute("aria-label"));
        Press(cut, "Home");
        Press(cut, "ArrowDown");
        Press(cut, "ArrowRight");
        Assert.Single(cut.FindAll("[role=grid] [tabindex='0']"));

        Press(cut, "Enter");
        Assert.Equal($"http://localhost/rounds/{keys}/score/{second.Code}/{technology2.Slug}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Choosing_a_theme_shows_only_its_technologies_and_keeps_it_in_the_address()
    {
        var analyst = await SignInAsNewAnalystAsync();
        var matrix = await MatrixAsync(analyst);
        var cut = await RenderMatrixAsync();
        var theme = matrix.Technologies[^1].ThemeCode;

        var select = cut.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Theme");
        await cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(theme));

        var expected = matrix.Technologies.Where(t => t.ThemeCode == theme).Select(t => t.Name).ToList();
        Assert.True(expected.Count < matrix.Technologies.Count);
        Assert.Equal(expected, cut.FindAll("[role=columnheader][title]").Select(h => h.GetAttribute("title")));
        Assert.Equal((expected.Count + 1).ToString(), cut.Find("[role=grid]").GetAttribute("aria-colcount"));
        Assert.All(cut.FindAll("[role=row]").Skip(1), row => Assert.Equal(expected.Count, row.QuerySelectorAll("[role=gridcell]").Length));
        Assert.EndsWith($"/rounds/{Round}/score?theme={theme}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task A_link_with_filters_opens_the_matrix_filtered()
    {
        var analyst = await SignInAsNewAnalystAsync();
        var matrix = await MatrixAsync(analyst);
        var group = matrix.Technologies[0].GroupLetter;
        var country = matrix.Countries[3];

        var cut = await RenderMatrixAsync($"?group={group}&country={country.Code}");

        Assert.Equal(matrix.Technologies.Count(t => t.GroupLetter == group), cut.FindAll("[role=columnheader][title]").Count);
        Assert.Equal(country.Name, Assert.Single(cut.FindAll("[role=rowheader]")).TextContent);
        Assert.Equal("2", cut.Find("[role=grid]").GetAttribute("aria-rowcount"));
    }

    [Theory]
    [InlineData("?theme=no-such-theme")]
    [InlineData("?group=%00&country=XX%0D%0A")]
    [InlineData("?theme=&group=ZZ&country=")]
    [InlineData("?country=../../etc")]
    public async Task An_unknown_or_malformed_filter_value_shows_everything(string query)
    {
        var analyst = await SignInAsNewAnalystAsync();
        var matrix = await MatrixAsync(analyst);

        var cut = await RenderMatrixAsync(query);

        var grid = cut.Find("[role=grid]");
        Assert.Equal((matrix.Countries.Count + 1).ToString(), grid.GetAttribute("aria-rowcount"));
        Assert.Equal((matrix.Technologies.Count + 1).ToString(), grid.GetAttribute("aria-colcount"));
        Assert.DoesNotContain("Clear filters", cut.Markup);
    }

    [Fact]
    public async Task A_theme_and_a_group_of_another_theme_match_nothing_and_Clear_filters_shows_everything_again()
    {
        var analyst = await SignInAsNewAnalystAsync();
        var matrix = await MatrixAsync(analyst);
        var (first, last) = (matrix.Technologies[0], matrix.Technologies[^1]);
        Assert.NotEqual(first.ThemeCode, last.ThemeCode);

        var cut = await RenderMatrixAsync($"?theme={first.ThemeCode}&group={last.GroupLetter}");

        Assert.Contains("Nothing matches the filter", cut.Markup);
        Assert.Empty(cut.FindAll("[role=grid]"));
        cut.FindAll("button").Last(b => b.TextContent.Contains("Clear filters")).Click();
        cut.WaitForAssertion(() => Assert.Equal((matrix.Technologies.Count + 1).ToString(), cut.Find("[role=grid]").GetAttribute("aria-colcount")));
        Assert.Equal($"http://localhost/rounds/{Round}/score", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task A_cell_shows_the_groups_index_only_once_the_analyst_has_scored_the_pair_on_all_five_criteria()
    {
        var other = await AddAnalystAsync();
        await ScoreAsync(other, "CHN", "batteries", 2, Criteria);
        await ScoreAsync(other, "CHN", "remanufacturing", 5, Criteria);
        var analyst = await SignInAsNewAnalystAsync();
        await ScoreAsync(analyst, "CHN", "batteries", 4, Criteria[..4]);

        var cut = await RenderMatrixAsync();
        var pair = Cell(cut, "CHN", "batteries");
        Assert.Equal("China, Batteries: in progress", pair.GetAttribute("aria-label"));
        Assert.Equal("", pair.TextContent);
        Assert.Contains("status-progress", pair.ClassName);
        Assert.Equal("China, Remanufacturing: not started", Cell(cut, "CHN", "remanufacturing").GetAttribute("aria-label"));
        Assert.Equal("", Cell(cut, "CHN", "remanufacturing").TextContent);
        Assert.DoesNotContain("band-", Cell(cut, "CHN", "remanufacturing").ClassName);

        await ScoreAsync(analyst, "CHN", "batteries", 4, Criteria[4]);
        var index = (await CellOnceAsync(analyst, "CHN", "batteries", cell => cell.GroupIndex is not null)).GroupIndex!.Value;
        cut = await RenderMatrixAsync();

        pair = Cell(cut, "CHN", "batteries");
        var shown = Math.Round(index, MidpointRounding.AwayFromZero).ToString("0");
        Assert.Equal($"China, Batteries: done, group index {shown}", pair.GetAttribute("aria-label"));
        Assert.Equal(shown, pair.TextContent);
        Assert.Contains("status-done", pair.ClassName);
        Assert.Matches("band-[1-5]", pair.ClassName);
        Assert.Equal("", Cell(cut, "CHN", "remanufacturing").TextContent);
    }

    [Fact]
    public async Task Another_analysts_save_on_a_pair_the_analyst_has_done_changes_its_index_without_a_reload()
    {
        var analyst = await SignInAsNewAnalystAsync();
        await ScoreAsync(analyst, "CHN", "batteries", 4, Criteria);
        var cut = await RenderMatrixAsync();
        var before = Cell(cut, "CHN", "batteries").GetAttribute("aria-label");
        Assert.StartsWith("China, Batteries: done, group index ", before);

        var other = await AddAnalystAsync();
        await ScoreAsync(other, "CHN", "batteries", 1, Criteria);

        var expected = ScoringMatrixCell.Describe(await CellOnceAsync(analyst, "CHN", "batteries", cell => $"China, Batteries: {ScoringMatrixCell.Describe(cell)}" != before));
        cut.WaitForAssertion(() => Assert.Equal($"China, Batteries: {expected}", Cell(cut, "CHN", "batteries").GetAttribute("aria-label")), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_200_by_205_round_puts_only_the_rows_in_view_in_the_page()
    {
        const string large = "matrix-200x205";
        await Portal.EnsureDemoRoundAsync(large, 200, 205, 1);
        var analyst = await SignInAsNewAnalystAsync(large);

        var cut = RenderPage(large);
        cut.WaitForElement("[role=gridcell]", TimeSpan.FromSeconds(30));

        // bUnit reports a viewport as tall as can be: what renders is the list's cap, the most any screen gets.
        var cells = cut.FindAll("[role=gridcell]").Count;
        var rows = cut.FindAll("[role=row]").Count - 1;
        Assert.Equal("201", cut.Find("[role=grid]").GetAttribute("aria-rowcount"));
        Assert.Equal("206", cut.Find("[role=grid]").GetAttribute("aria-colcount"));
        Assert.Equal(ScoringMatrixGrid.MaxRows + 2 * ScoringMatrixGrid.Overscan, rows);
        Assert.Equal(rows * 205, cells);
        Assert.True(cells < 41_000 / 2, $"{cells} cells in the page");
        Assert.Single(cut.FindAll("[role=grid] [tabindex='0']"));
        _ = analyst;
    }

    [Fact]
    public async Task A_round_without_pairs_says_so()
    {
        const string empty = "matrix-empty";
        await using (var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            if (!await db.Rounds.AnyAsync(r => r.Slug == empty))
            {
                var study = await db.Rounds.AsNoTracking().SingleAsync(r => r.Slug == Study.RoundSlug);
                db.Rounds.Add(new Round
                {
                    Slug = empty, Name = "Nothing in scope", Agency = study.Agency, HomeCountryId = study.HomeCountryId, Status = RoundStatus.Scoring,
                    Description = "A round before its scope is chosen.",
                });
                await db.SaveChangesAsync();
            }
        }
        await SignInAsNewAnalystAsync(empty);

        var cut = RenderPage(empty);

        cut.WaitForAssertion(() => Assert.Contains("No pairs to score yet", cut.Markup));
        Assert.Contains("Nothing in scope", cut.Markup);
        Assert.Empty(cut.FindAll("[role=grid]"));
    }

    [Fact]
    public async Task An_analyst_not_assigned_to_the_round_is_told_it_is_not_open_to_them()
    {
        await Portal.EnsureStudyRoundCopyAsync(Round);
        var email = $"matrix-{Guid.NewGuid():N}@example.org";
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, [PortalRoles.Analyst], PortalFactory.Password);
            SignIn(user.Id, email, PortalRoles.Analyst);
        }

        var cut = RenderPage(Round);

        cut.WaitForAssertion(() => Assert.Contains("Not open to you yet", cut.Markup));
        Assert.Contains("you are not assigned to it", cut.Markup);
        Assert.Empty(cut.FindAll("[role=grid]"));
    }

    private async Task<IRenderedComponent<ScoringMatrixPage>> RenderMatrixAsync(string query = "", string round = Round)
    {
        await Portal.EnsureStudyRoundCopyAsync(round);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/rounds/{round}/score{query}");
        var cut = RenderPage(round);
        cut.WaitForAssertion(() => Assert.True(cut.FindAll("[role=gridcell]").Count > 0 || cut.Markup.Contains("Nothing matches", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10));
        return cut;
    }

    /// <summary>Rendered as in a circuit (the page listens for saves only there); after signing in, which adds services.</summary>
    private IRenderedComponent<ScoringMatrixPage> RenderPage(string round)
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render<ScoringMatrixPage>(p => p.Add(c => c.Slug, round));
    }

    private static IElement ActiveCell(IRenderedComponent<ScoringMatrixPage> cut) => Assert.Single(cut.FindAll("[role=grid] [tabindex='0']"));

    private static void Press(IRenderedComponent<ScoringMatrixPage> cut, string key) => cut.Find("[role=grid]").KeyDown(new KeyboardEventArgs { Key = key });

    private static IElement Cell(IRenderedComponent<ScoringMatrixPage> cut, string country, string technology) =>
        cut.Find($"[role=gridcell] a[href='/rounds/{Round}/score/{country}/{technology}']");

    private static MatrixCell CellOf(ScoringMatrix matrix, string country, string technology) =>
        matrix.Cells[matrix.Countries.Select(c => c.Code).ToList().IndexOf(country), matrix.Technologies.Select(t => t.Slug).ToList().IndexOf(technology)];

    /// <summary>
    /// The analyst's cell once it satisfies <paramref name="until"/>: the round's analysis learns of a save when the
    /// database's notification of it arrives, a moment after the save returns.
    /// </summary>
    private async Task<MatrixCell> CellOnceAsync(string analystId, string country, string technology, Func<MatrixCell, bool> until)
    {
        for (var attempt = 0; ; attempt++)
        {
            var cell = CellOf(await MatrixAsync(analystId), country, technology);
            if (until(cell) || attempt == 100)
            {
                return cell;
            }
            await Task.Delay(50);
        }
    }

    private async Task<ScoringMatrix> MatrixAsync(string analystId, string round = Round) =>
        await Portal.Services.GetRequiredService<AnalystWorkspace>().MatrixAsync(round, RoundViewer.Analyst(analystId));

    /// <summary>A new analyst assigned to the round, signed in for the rendered components; their id.</summary>
    private async Task<string> SignInAsNewAnalystAsync(string round = Round)
    {
        var email = $"matrix-{Guid.NewGuid():N}@example.org";
        var id = await AddAnalystAsync(round, email);
        SignIn(id, email, PortalRoles.Analyst);
        return id;
    }

    private async Task<string> AddAnalystAsync(string round = Round, string? email = null)
    {
        await Portal.EnsureStudyRoundCopyAsync(round);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var entity = await db.Rounds.AsNoTracking().SingleAsync(r => r.Slug == round);
        return await StudyRoundCopy.AddAnalystAsync(Portal.Services, entity, email ?? $"matrix-{Guid.NewGuid():N}@example.org", PortalFactory.Password);
    }

    private async Task ScoreAsync(string analystId, string country, string technology, byte value, params string[] criteria)
    {
        var recorder = Portal.Services.GetRequiredService<ScoreRecorder>();
        foreach (var criterion in criteria)
        {
            await recorder.SaveAsync(new ScoreInput(Round, country, technology, criterion, analystId, value, Confidence.Medium, null, null, null));
        }
    }
}
