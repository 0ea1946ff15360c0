using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Demo;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Scoring;

/// <summary>The scoring service's pages over a generated, fully scored round and over the unscored study round.</summary>
public class ScoringPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Demo = "demo";

    private Task EnsureDemoRoundAsync() => portal.EnsureDemoRoundAsync(Demo, countries: 8, technologies: 5, analysts: 3, seed: 3);

    private static async Task<IDocument> PageAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    [Fact]
    public async Task A_manager_sets_weights_with_a_comment_the_audit_keeps_it_and_an_analyst_cannot()
    {
        await EnsureDemoRoundAsync();
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));
        // One of the round's own analysts: anyone else may not open the round before it is published.
        HttpClient analyst;
        await using (var rounds = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var email = $"weights-{Guid.NewGuid():N}@example.org";
            await StudyRoundCopy.AddAnalystAsync(portal.Services, await rounds.Rounds.SingleAsync(r => r.Slug == Demo), email, PortalFactory.Password);
            analyst = await portal.SignedInAsync(email);
        }
        var page = await PageAsync(manager, $"/rounds/{Demo}/weights");
        var version = page.QuerySelector("form input[name=version]")!.GetAttribute("value")!;
        Dictionary<string, string> Fields(string comment) => new()
        {
            ["version"] = version, ["weight-rie"] = "1", ["weight-economic"] = "1", ["weight-challenges"] = "1",
            ["weight-additionality"] = "1", ["weight-feasibility"] = "6", ["comment"] = comment,
        };

        var noComment = await PortalFactory.SubmitFormAsync(manager, $"/rounds/{Demo}/weights", "direct-weights", Fields(""));
        var saved = await PortalFactory.SubmitFormAsync(manager, $"/rounds/{Demo}/weights", "direct-weights", Fields("Delivery matters most this year"));
        var refused = await PortalFactory.SubmitFormAsync(analyst, $"/rounds/{Demo}/weights", "direct-weights", Fields("I would like this"));

        Assert.Contains("a comment is required", await noComment.Content.ReadAsStringAsync());
        var after = await Html.ParseAsync(saved);
        Assert.Contains("Weights saved.", after.Body!.TextContent);
        Assert.Equal("60.0%", after.QuerySelectorAll(".current-weight").Last().TextContent.Trim().Replace(" ", ""));
        // An analyst's page has no weights form, so the post names a form that does not exist.
        Assert.False(refused.IsSuccessStatusCode);
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == "weights.set" && a.Comment == "Delivery matters most this year"));
    }

    [Fact]
    public async Task Weights_of_1e308_or_all_zero_are_refused_beside_the_form_and_the_rounds_pages_still_answer()
    {
        await EnsureDemoRoundAsync();
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));
        var version = (await PageAsync(manager, $"/rounds/{Demo}/weights")).QuerySelector("form input[name=version]")!.GetAttribute("value")!;
        Dictionary<string, string> Fields(string weight) => new()
        {
            ["version"] = version, ["weight-rie"] = weight, ["weight-economic"] = weight, ["weight-challenges"] = weight,
            ["weight-additionality"] = weight, ["weight-feasibility"] = weight, ["comment"] = "Workshop",
        };
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var roundId = await db.Rounds.Where(r => r.Slug == Demo).Select(r => r.Id).SingleAsync();
        var before = await db.RoundCriterionWeights.Where(w => w.RoundId == roundId).OrderBy(w => w.CriterionId).Select(w => w.Weight).ToListAsync();

        var huge = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(manager, $"/rounds/{Demo}/weights", "direct-weights", Fields("1e308")));
        var zeros = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(manager, $"/rounds/{Demo}/weights", "direct-weights", Fields("0")));

        Assert.DoesNotContain("Weights saved.", huge.Body!.TextContent + zeros.Body!.TextContent);
        Assert.Equal(5, huge.QuerySelectorAll("input.is-invalid[aria-invalid=true]").Length);
        Assert.Equal("The weight of Feasibility must be a number from 0 to 1,000; \"1e308\" is not.", huge.QuerySelector("#weight-feasibility-problem")!.TextContent);
        Assert.Contains("At least one weight must be above 0", zeros.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(before, await db.RoundCriterionWeights.Where(w => w.RoundId == roundId).OrderBy(w => w.CriterionId).Select(w => w.Weight).ToListAsync());
        foreach (var path in new[] { "ranking", "heatmap.json", "proposal", "dashboard", "weights" })
        {
            using var response = await manager.GetAsync($"/rounds/{Demo}/{path}");
            Assert.Equal((path, HttpStatusCode.OK), (path, response.StatusCode));
        }
    }

    [Fact]
    public async Task A_stale_weights_form_is_refused_and_says_who_changed_them()
    {
        await EnsureDemoRoundAsync();
        var (first, second) = (await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager)), await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin)));
        var seen = (await PageAsync(second, $"/rounds/{Demo}/weights")).QuerySelector("form input[name=version]")!.GetAttribute("value")!;
        Dictionary<string, string> Fields(string feasibility, string version) => new()
        {
            ["version"] = version, ["weight-rie"] = "1", ["weight-economic"] = "1", ["weight-challenges"] = "1",
            ["weight-additionality"] = "1", ["weight-feasibility"] = feasibility, ["comment"] = "review",
        };
        await PortalFactory.SubmitFormAsync(first, $"/rounds/{Demo}/weights", "direct-weights", Fields("2", seen));

        var stale = await PortalFactory.SubmitFormAsync(second, $"/rounds/{Demo}/weights", "direct-weights", Fields("9", seen));

        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("while you were working; yours were not saved", html);
        Assert.Contains("value=\"9\"", html);
    }

    [Fact]
    public async Task A_manager_compares_criteria_in_pairs_and_sees_the_consistency_ratio()
    {
        await EnsureDemoRoundAsync();
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));
        var version = (await PageAsync(manager, $"/rounds/{Demo}/weights")).QuerySelectorAll("form input[name=version]")[1].GetAttribute("value")!;
        var fields = new Dictionary<string, string> { ["version"] = version, ["method"] = "Eigenvector", ["comment"] = "Workshop judgements" };
        for (var i = 0; i < 5; i++)
        {
            for (var j = i + 1; j < 5; j++)
            {
                // Inconsistent on purpose: the first criterion beats the second, the second the third, the third the first.
                fields[$"judgement-{i}-{j}"] = (i, j) == (0, 2) ? "1/9" : "9";
            }
        }

        var response = await PortalFactory.SubmitFormAsync(manager, $"/rounds/{Demo}/weights", "ahp", fields);

        var page = await Html.ParseAsync(response);
        Assert.Contains("Your comparisons are saved", page.Body!.TextContent);
        Assert.Contains("consistency ratio", page.Body.TextContent);
        Assert.Contains("The group's consistency ratio is above 0.10", page.Body.TextContent);
    }

    [Fact]
    public async Task The_weights_preview_shows_the_geometric_consistency_index_and_its_threshold_only_for_the_geometric_method()
    {
        await EnsureDemoRoundAsync();
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));
        Dictionary<string, string> Fields(string method)
        {
            var fields = new Dictionary<string, string> { ["method"] = method };
            for (var i = 0; i < 5; i++)
            {
                for (var j = i + 1; j < 5; j++)
                {
                    fields[$"judgement-{i}-{j}"] = (i, j) == (0, 2) ? "1/9" : "9";
                }
            }
            return fields;
        }

        var geometric = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(manager, $"/rounds/{Demo}/weights", "ahp", Fields("GeometricMean"), $"/rounds/{Demo}/weights/preview"));
        var eigenvector = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(manager, $"/rounds/{Demo}/weights", "ahp", Fields("Eigenvector"), $"/rounds/{Demo}/weights/preview"));

        Assert.Matches(@"GCI \d\.\d{3} \(threshold 0\.37\)", geometric.Body!.TextContent);
        // The consistency ratio is the matrix's own, whichever method turned it into weights.
        Assert.Equal(eigenvector.QuerySelector(".preview-cr")!.TextContent, geometric.QuerySelector(".preview-cr")!.TextContent);
        Assert.Null(eigenvector.QuerySelector(".preview-gci"));
    }
}
