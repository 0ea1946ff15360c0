using System.Net;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;
using PartnerPortal.Web.Features.Weights;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Weights;

/// <summary>The weights page in a circuit (bUnit over the real services and database): direct weights, the AHP slider grid, saving and conflicts.</summary>
public class WeightsPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    /// <summary>Slider positions on Saaty's scale (SaatyScale.Judgements): the first criterion 4 times as important, twice, equal, the second twice, 4 times.</summary>
    private const int Four = 5, Two = 7, Equal = 8, Quarter = 11;

    private string _round = "";

    /// <summary>A fresh copy of the study round (each test its own: they change its weights) and a manager signed in.</summary>
    private async Task<string> ManagerAsync(string role = PortalRoles.PortfolioManager)
    {
        _round = $"w-{Guid.NewGuid():N}"[..14];
        await StudyRoundCopy.CreateAsync(Portal.Services, _round);
        var email = $"manager-{Guid.NewGuid():N}@example.org";
        await using var scope = Portal.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, [role], PortalFactory.Password);
        SignIn(user.Id, email, role);
        return user.Id;
    }

    private IRenderedComponent<WeightsPage> RenderPage() => Render<WeightsPage>(p => p.Add(x => x.Slug, _round));

    private RoundWeightsEditor Editor => Portal.Services.GetRequiredService<RoundWeightsEditor>();

    private async Task<PortalDbContext> DbAsync() => await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    private async Task<List<double>> StoredWeightsAsync()
    {
        await using var db = await DbAsync();
        var round = await db.Rounds.SingleAsync(r => r.Slug == _round);
        return await db.RoundCriterionWeights.Where(w => w.RoundId == round.Id)
            .Join(db.Criteria, w => w.CriterionId, c => c.Id, (w, c) => new { c.Position, w.Weight }).OrderBy(x => x.Position).Select(x => x.Weight).ToListAsync();
    }

    private async Task<int> AuditedAsync(string action, string comment)
    {
        await using var db = await DbAsync();
        return await db.AuditLog.CountAsync(a => a.Action == action && a.EntityKey == _round && a.Comment == comment);
    }

    private static void Slide(IRenderedComponent<WeightsPage> page, int row, int column, int position) =>
        page.InvokeAsync(() => page.Find($"#judgement-{row}-{column}").Input(position.ToString())).GetAwaiter().GetResult();

    private static void Points(IRenderedComponent<WeightsPage> page, string code, string points) =>
        page.InvokeAsync(() => page.Find($"#weight-{code}").Input(points)).GetAwaiter().GetResult();

    private static List<string> AhpWeights(IRenderedComponent<WeightsPage> page) => [.. page.FindAll("#ahp-weights .ahp-weight").Select(td => td.TextContent.Trim())];

    private static string Share(IRenderedComponent<WeightsPage> page, string code) => page.Find($"#share-{code}").TextContent.Replace(" ", "").Trim();

    [Fact]
    public async Task Moving_a_judgement_slider_updates_the_weights_lambda_max_and_consistency_ratio_at_once_and_saves_nothing()
    {
        await ManagerAsync();
        var page = RenderPage();
        page.WaitForElement("#judgement-0-1", Patience);
        Assert.All(AhpWeights(page), w => Assert.Equal("20.0%", w.Replace(" ", "")));
        var before = page.Find("#ahp-consistency").TextContent;

        Slide(page, 0, 1, Four);

        page.WaitForAssertion(() => Assert.NotEqual("20.0%", AhpWeights(page)[0].Replace(" ", "")), Patience);
        Assert.True(double.Parse(AhpWeights(page)[0].TrimEnd('%', ' ')) > double.Parse(AhpWeights(page)[1].TrimEnd('%', ' ')));
        Assert.Equal("Research and innovation excellence moderately more important than Economic competitiveness (4)", page.Find("#judgement-0-1-reading").TextContent.Trim());
        Assert.Equal(page.Find("#judgement-0-1-reading").TextContent.Trim(), page.Find("#judgement-0-1").GetAttribute("aria-valuetext"));
        Assert.NotEqual(before, page.Find("#ahp-consistency").TextContent);
        Assert.Matches(@"λmax 5\.\d{3}", page.Find("#ahp-consistency").TextContent);
        Assert.DoesNotContain("consistency ratio 0.000", page.Find("#ahp-consistency").TextContent);
        await using var db = await DbAsync();
        Assert.False(await db.AhpMatrices.AnyAsync(m => db.Rounds.Any(r => r.Id == m.RoundId && r.Slug == _round)));
    }

    [Fact]
    public async Task The_judgement_most_at_odds_with_the_others_is_highlighted_with_the_value_that_fits_and_taking_it_makes_the_matrix_consistent()
    {
        await ManagerAsync();
        var page = RenderPage();
        page.WaitForElement("#judgement-0-1", Patience);
        // Weights 4 : 2 : 2 : 1 : 1, each ratio on the scale, except that the first against the fourth is reversed.
        int[,] positions = { { 0, Two, Two, Quarter, Four }, { 0, 0, Equal, Two, Two }, { 0, 0, 0, Two, Two }, { 0, 0, 0, 0, Equal } };
        for (var i = 0; i < 4; i++)
        {
            for (var j = i + 1; j < 5; j++)
            {
                Slide(page, i, j, positions[i, j]);
            }
        }

        page.WaitForAssertion(() => Assert.Single(page.FindAll(".ahp-row-worst")), Patience);
        var worst = page.Find(".ahp-row-worst");
        Assert.Equal("pair-0-3", worst.Id);
        Assert.Contains("inconsistent (above 0.10)", page.Find("#ahp-consistency").TextContent);
        Assert.Contains("Research and innovation excellence moderately more important than Additionality (4)", worst.QuerySelector(".ahp-suggested")!.TextContent);
        Assert.Contains("would fall from", worst.TextContent);

        Click(page, "#judgement-0-3-apply");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".ahp-row-worst")), Patience);
        Assert.Equal(Four.ToString(), page.Find("#judgement-0-3").GetAttribute("value"));
        Assert.Contains("consistency ratio 0.000", page.Find("#ahp-consistency").TextContent);
        Assert.Equal(["40.0%", "20.0%", "20.0%", "10.0%", "10.0%"], AhpWeights(page).Select(w => w.Replace(" ", "")));
    }

    [Fact]
    public async Task Saving_my_comparisons_keeps_my_matrix_sets_the_rounds_weights_and_is_audited_with_the_reason()
    {
        var manager = await ManagerAsync();
        RenderProviders();
        var page = RenderPage();
        page.WaitForElement("#judgement-0-1", Patience);
        Slide(page, 0, 4, Four);

        Click(page, "#save-ahp");
        page.WaitForAssertion(() => Assert.Contains("Say why the weights change.", page.Markup), Patience);
        page.Find("#ahp-comment").Input("Workshop judgements");
        Click(page, "#save-ahp");

        page.WaitForAssertion(() => Assert.True(Snackbar("Your comparisons are saved and the round's weights updated.")), Patience);
        await using var db = await DbAsync();
        var matrix = await db.AhpMatrices.AsNoTracking().SingleAsync(m => m.ManagerId == manager && db.Rounds.Any(r => r.Id == m.RoundId && r.Slug == _round));
        Assert.Equal(4, matrix.ToMatrix()[0, 4]);
        Assert.Equal(1, await AuditedAsync("weights.ahp", "Workshop judgements"));
        var stored = await StoredWeightsAsync();
        Assert.True(stored[0] > stored[4]);
        page.WaitForAssertion(() => Assert.Equal(stored[0].ToString("P1"), page.FindAll("#current-weights .current-weight")[0].TextContent.Trim()), Patience);
        // The sliders stay where they were saved, and the emptied reason is not flagged as missing.
        Assert.Equal(Four.ToString(), page.Find("#judgement-0-4").GetAttribute("value"));
        Assert.Contains("Research and innovation excellence moderately more important than Feasibility (4)", page.Find("#judgement-0-4-reading").TextContent);
        Assert.DoesNotContain("Say why the weights change.", page.Markup);
    }

    [Fact]
    public async Task Comparisons_saved_after_someone_else_changed_the_weights_are_saved_only_once_the_manager_has_seen_theirs()
    {
        var manager = await ManagerAsync();
        RenderProviders();
        var page = RenderPage();
        page.WaitForElement("#judgement-0-1", Patience);
        var seen = (await Editor.ReadAsync(_round, Infrastructure.Analysis.RoundViewer.Unrestricted)).Version;
        Assert.Null(await Editor.SetDirectAsync(_round, [1, 1, 1, 1, 6], "Theirs", seen));
        Slide(page, 0, 1, Four);
        page.Find("#ahp-comment").Input("Mine by AHP");

        Click(page, "#save-ahp");

        Dialogs.WaitForElement("#conflict-title", Patience);
        Assert.Contains("the weights your judgements give", Dialogs.Find(".conflict-caption").TextContent);
        Assert.Equal("60.0%", Dialogs.FindAll(".conflict-table tbody .theirs")[4].TextContent.Replace(" ", ""));
        await using (var db = await DbAsync())
        {
            Assert.False(await db.AhpMatrices.AnyAsync(m => m.ManagerId == manager));
        }

        Click(Dialogs, "#conflict-mine");

        page.WaitForAssertion(() => Assert.True(Snackbar("Your comparisons are saved")), Patience);
        Assert.Equal(1, await AuditedAsync("weights.ahp", "Mine by AHP"));
        await using var after = await DbAsync();
        Assert.Equal(4, (await after.AhpMatrices.AsNoTracking().SingleAsync(m => m.ManagerId == manager)).ToMatrix()[0, 1]);
    }

    [Fact]
    public async Task The_geometric_consistency_index_and_its_threshold_show_only_for_the_geometric_mean_and_the_ratio_is_the_same_either_way()
    {
        await ManagerAsync();
        var page = RenderPage();
        page.WaitForElement("#judgement-0-1", Patience);
        Slide(page, 0, 2, 16);
        var eigenvector = page.Find("#ahp-consistency .consistency-ratio").TextContent;
        Assert.Empty(page.FindAll("#ahp-consistency .gci"));

        await page.InvokeAsync(() => page.FindAll("label.mud-radio").Single(l => l.TextContent.Contains("Row geometric mean")).QuerySelector("input")!.Click());

        page.WaitForAssertion(() => Assert.Matches(@"GCI \d\.\d{3} \(threshold 0\.37", page.Find("#ahp-consistency").TextContent), Patience);
        Assert.Equal(eigenvector, page.Find("#ahp-consistency .consistency-ratio").TextContent);
    }

    [Fact]
    public async Task Direct_points_always_show_the_shares_they_give_and_all_zero_cannot_be_saved()
    {
        await ManagerAsync();
        var page = RenderPage();
        page.WaitForElement("#weight-rie", Patience);
        Assert.Equal("20.0%", Share(page, "rie"));

        foreach (var (code, points) in new[] { ("rie", "2"), ("economic", "2"), ("challenges", "1"), ("additionality", "1"), ("feasibility", "4") })
        {
            Points(page, code, points);
        }

        page.WaitForAssertion(() => Assert.Equal("40.0%", Share(page, "feasibility")), Patience);
        Assert.Equal(["20.0%", "20.0%", "10.0%", "10.0%", "40.0%"], new[] { "rie", "economic", "challenges", "additionality", "feasibility" }.Select(c => Share(page, c)));
        // The slider moves the same points: feasibility from 4 to 10 of 16 points.
        await page.InvokeAsync(() => page.Find("#slider-feasibility").Input("10"));
        page.WaitForAssertion(() => Assert.Equal("62.5%", Share(page, "feasibility")), Patience);
        Assert.Equal("12.5%", Share(page, "rie"));

        foreach (var code in new[] { "rie", "economic", "challenges", "additionality", "feasibility" })
        {
            Points(page, code, "0");
        }
        page.Find("#direct-comment").Input("Nothing counts");
        Click(page, "#save-direct");

        page.WaitForAssertion(() => Assert.Contains("At least one weight must be above 0", page.Find("#direct-problem").TextContent), Patience);
        Assert.Equal("–", Share(page, "rie"));
        Assert.Equal(0, await AuditedAsync("weights.set", "Nothing counts"));
    }

    [Fact]
    public async Task Points_beyond_the_maximum_are_held_at_1000_so_a_weight_the_service_refuses_never_reaches_it()
    {
        await ManagerAsync();
        var page = RenderPage();
        page.WaitForElement("#weight-rie", Patience);

        Points(page, "rie", "1e308");

        page.WaitForAssertion(() => Assert.Equal("1000", page.Find("#weight-rie").GetAttribute("value")), Patience);
        Assert.Equal("92.6%", Share(page, "rie"));
        Assert.Empty(page.FindAll("#direct-problem"));
    }

    [Fact]
    public async Task A_manager_sets_weights_directly_with_a_reason_and_the_audit_keeps_it()
    {
        await ManagerAsync(PortalRoles.Admin);
        RenderProviders();
        var page = RenderPage();
        page.WaitForElement("#weight-feasibility", Patience);
        Points(page, "feasibility", "80");

        Click(page, "#save-direct");
        page.WaitForAssertion(() => Assert.Contains("Say why the weights change.", page.Markup), Patience);
        Assert.Equal(0, await AuditedAsync("weights.set", "Delivery matters most this year"));

        page.Find("#direct-comment").Input("Delivery matters most this year");
        Click(page, "#save-direct");

        page.WaitForAssertion(() => Assert.Equal("50.0%", page.FindAll("#current-weights .current-weight")[4].TextContent.Trim().Replace(" ", "")), Patience);
        Assert.Equal([0.125, 0.125, 0.125, 0.125, 0.5], (await StoredWeightsAsync()).Select(w => Math.Round(w, 6)));
        Assert.Equal(1, await AuditedAsync("weights.set", "Delivery matters most this year"));
        Assert.True(Snackbar("Weights saved."));
    }

    [Fact]
    public async Task A_save_over_someone_elses_newer_weights_shows_theirs_beside_mine_and_saving_mine_over_theirs_stores_mine()
    {
        await ManagerAsync();
        RenderProviders();
        var page = RenderPage();
        page.WaitForElement("#weight-feasibility", Patience);
        var seen = (await Editor.ReadAsync(_round, Infrastructure.Analysis.RoundViewer.Unrestricted)).Version;
        Assert.Null(await Editor.SetDirectAsync(_round, [1, 1, 1, 1, 6], "Theirs", seen));
        Points(page, "rie", "80");
        page.Find("#direct-comment").Input("Mine");

        Click(page, "#save-direct");

        Dialogs.WaitForElement("#conflict-title", Patience);
        var dialog = Dialogs.Find(".mud-dialog");
        Assert.Contains("yours were not saved", dialog.TextContent);
        var rows = dialog.QuerySelectorAll("tbody tr");
        Assert.Equal(("Research and innovation excellence", "50.0%", "10.0%"),
            (rows[0].QuerySelector("th")!.TextContent, rows[0].QuerySelector(".yours")!.TextContent.Replace(" ", ""), rows[0].QuerySelector(".theirs")!.TextContent.Replace(" ", "")));
        Assert.Equal("60.0%", rows[4].QuerySelector(".theirs")!.TextContent.Replace(" ", ""));
        Assert.Equal([0.1, 0.1, 0.1, 0.1, 0.6], (await StoredWeightsAsync()).Select(w => Math.Round(w, 6)));

        Click(Dialogs, "#conflict-mine");

        page.WaitForAssertion(() => Assert.DoesNotContain("conflict-title", Dialogs.Markup), Patience);
        page.WaitForAssertion(() => Assert.True(Snackbar("Weights saved.")), Patience);
        Assert.Equal(1, await AuditedAsync("weights.set", "Mine"));
        Assert.Equal([0.5, 0.125, 0.125, 0.125, 0.125], (await StoredWeightsAsync()).Select(w => Math.Round(w, 6)));
    }

    [Fact]
    public async Task Choosing_theirs_after_a_conflict_puts_their_weights_in_the_form_and_saves_nothing_of_mine()
    {
        await ManagerAsync();
        RenderProviders();
        var page = RenderPage();
        page.WaitForElement("#weight-feasibility", Patience);
        var seen = (await Editor.ReadAsync(_round, Infrastructure.Analysis.RoundViewer.Unrestricted)).Version;
        Assert.Null(await Editor.SetDirectAsync(_round, [1, 1, 1, 1, 6], "Theirs", seen));
        Points(page, "rie", "60");
        page.Find("#direct-comment").Input("Mine");
        Click(page, "#save-direct");
        Dialogs.WaitForElement("#conflict-title", Patience);

        Click(Dialogs, "#conflict-theirs");

        page.WaitForAssertion(() => Assert.Equal("60.0%", Share(page, "feasibility")), Patience);
        Assert.Equal("10.0%", Share(page, "rie"));
        Assert.Equal("60.0%", page.FindAll("#current-weights .current-weight")[4].TextContent.Trim().Replace(" ", ""));
        Assert.Equal(0, await AuditedAsync("weights.set", "Mine"));
    }

    [Fact]
    public async Task An_analyst_of_the_round_sees_its_weights_but_nothing_to_change_them_with()
    {
        var round = await Portal.EnsureStudyRoundCopyAsync(_round = "w-analyst");
        var email = $"ana-{Guid.NewGuid():N}@example.org";
        SignIn(await StudyRoundCopy.AddAnalystAsync(Portal.Services, round, email, PortalFactory.Password), email, PortalRoles.Analyst);

        var page = RenderPage();

        page.WaitForElement("#current-weights", Patience);
        Assert.Contains("Portfolio managers and admins set the weights.", page.Markup);
        Assert.Empty(page.FindAll("#save-direct, #save-ahp, input[type=range]"));
    }

    [Fact]
    public async Task Every_control_is_named_for_its_criteria_not_an_id()
    {
        await ManagerAsync();
        var page = RenderPage();
        page.WaitForElement("#judgement-0-1", Patience);

        var sliders = page.FindAll(".ahp-slider input[type=range]");
        Assert.Equal(10, sliders.Count);
        Assert.Equal("Research and innovation excellence compared with Economic competitiveness", sliders[0].GetAttribute("aria-label"));
        Assert.Equal("Additionality compared with Feasibility", sliders[9].GetAttribute("aria-label"));
        Assert.All(sliders, s => Assert.Contains("equally important", s.GetAttribute("aria-valuetext")));
        Assert.Equal("Feasibility: points", page.Find("#slider-feasibility").GetAttribute("aria-label"));
        foreach (var input in page.FindAll("input:not([type=range]):not([type=radio]), textarea"))
        {
            var label = input.GetAttribute("aria-label") ?? page.FindAll($"label[for='{input.Id}']").SingleOrDefault()?.TextContent;
            Assert.False(string.IsNullOrWhiteSpace(label), $"{input.OuterHtml} has no label");
            Assert.DoesNotMatch(@"^\s*(weight|judgement)-", label);
        }
        Assert.Equal("Feasibility: points", page.Find("#weight-feasibility").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task The_page_as_first_served_is_a_mudblazor_page_whose_controls_wait_for_the_circuit()
    {
        await ManagerAsync();
        var browser = await Portal.SignedInAsync(await Portal.AddUserAsync(PortalRoles.PortfolioManager));

        using var response = await browser.GetAsync($"/rounds/{_round}/weights");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await Html.ParseAsync(response);
        Assert.NotNull(html.QuerySelector(".mud-paper #current-weights"));
        Assert.True(html.QuerySelector("#save-direct")!.HasAttribute("disabled"));
        Assert.True(html.QuerySelector("#judgement-0-1")!.HasAttribute("disabled"));
        Assert.Null(html.QuerySelector("[hx-post]"));
    }

    private bool Snackbar(string text) => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Any(s => s.Message?.Contains(text, StringComparison.Ordinal) == true);
}
