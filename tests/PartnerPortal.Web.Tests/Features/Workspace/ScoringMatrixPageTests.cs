using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Workspace;

public class ScoringMatrixPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Each_cell_links_to_its_pair_and_says_how_far_the_analyst_has_scored_it()
    {
        var round = await portal.EnsureStudyRoundCopyAsync("wm");
        await StudyRoundCopy.AddAnalystAsync(portal.Services, round, "matrix@example.org", PortalFactory.Password);
        var analyst = await portal.SignedInAsync("matrix@example.org");
        const string pair = "/rounds/wm/score/CHN/batteries";
        foreach (var criterion in new[] { "rie", "economic", "challenges", "additionality", "feasibility" })
        {
            var form = await analyst.GetStringAsync(pair);
            using var saved = await analyst.PostAsync($"{pair}/{criterion}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = PortalFactory.AntiforgeryToken(form), ["value"] = "4",
            }));
        }

        var page = await Html.ParseAsync(await analyst.GetAsync("/rounds/wm/score?country=CHN"));

        var done = page.QuerySelector($"td.matrix-cell a[href='{pair}']")!;
        Assert.StartsWith("China, ", done.GetAttribute("aria-label"));
        Assert.Contains(": done", done.GetAttribute("aria-label"));
        Assert.NotNull(done.QuerySelector("i.bi-check-circle-fill"));
        var others = page.QuerySelectorAll("td.matrix-cell a").Where(a => a.GetAttribute("href") != pair).ToList();
        Assert.NotEmpty(others);
        Assert.All(others, a => Assert.EndsWith(": not started", a.GetAttribute("aria-label")));
        Assert.Equal(others.Count + 1, page.QuerySelectorAll("thead th.matrix-technology").Length);
        Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Equal("CHN", page.QuerySelector("#country option[selected]")!.GetAttribute("value"));
        Assert.Equal("China", page.QuerySelector("#country option[selected]")!.TextContent);
    }
}
