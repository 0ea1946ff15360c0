using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Demo;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Shortlisting;

public class ProposalPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Demo = "proposal-demo";

    private Task EnsureDemoRoundAsync() => portal.EnsureDemoRoundAsync(Demo, countries: 10, technologies: 6, analysts: 2, seed: 5);

    private static Task<IDocument> ParseAsync(HttpResponseMessage response) => Html.ParseAsync(response);

    [Fact]
    public async Task A_manager_accepts_a_proposed_pair_with_a_rationale_and_it_joins_table_6_2()
    {
        await EnsureDemoRoundAsync();
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));
        var page = await ParseAsync(await manager.GetAsync($"/rounds/{Demo}/proposal"));
        var form = page.QuerySelector("form[name^='decide-'], tbody form")!;
        var formName = page.QuerySelector("tbody input[name=_handler]")!.GetAttribute("value")!;
        var (country, technology) = (formName.Split('-', 2)[1].Split('/')[0], formName.Split('/')[1]);

        var missing = await PortalFactory.SubmitFormAsync(manager, $"/rounds/{Demo}/proposal", formName, new() { ["decision"] = "Accepted", ["rationale"] = "" });
        var accepted = await PortalFactory.SubmitFormAsync(manager, $"/rounds/{Demo}/proposal", formName, new() { ["decision"] = "Accepted", ["rationale"] = "Strong and complementary" });

        Assert.NotNull(form);
        Assert.Contains("Give the rationale", await missing.Content.ReadAsStringAsync());
        Assert.Contains("Decision recorded: accepted.", (await ParseAsync(accepted)).Body!.TextContent);
        var csv = await manager.GetStringAsync($"/rounds/{Demo}/export/shortlist.csv");
        Assert.Equal(2, csv.Trim().Split('\n').Length);
        var technologyName = (await portal.Services.GetRequiredService<Infrastructure.Technologies.TechnologyCatalog>().ListAsync()).Single(t => t.Slug == technology).Name;
        Assert.Contains($",{technologyName},", csv);
        Assert.False(string.IsNullOrEmpty(country));
    }

    [Fact]
    public async Task A_partner_outside_the_longlist_needs_a_rationale_and_analysts_cannot_open_the_proposal()
    {
        await EnsureDemoRoundAsync();
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));
        var analyst = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Analyst));

        // The generated round takes the seeded technologies first; the form offers the round's own.
        var form = await ParseAsync(await manager.GetAsync($"/rounds/{Demo}/proposal"));
        var technology = form.QuerySelector("select[name=technology] option[value]:not([value=''])")!.GetAttribute("value")!;
        var refused = await PortalFactory.SubmitFormAsync(manager, $"/rounds/{Demo}/proposal", "add-partner", new() { ["technology"] = technology, ["country"] = "ISR", ["rationale"] = " " });
        var added = await PortalFactory.SubmitFormAsync(manager, $"/rounds/{Demo}/proposal", "add-partner", new() { ["technology"] = technology, ["country"] = "ISR", ["rationale"] = "Start-up ecosystem" });
        var forbidden = await analyst.GetAsync($"/rounds/{Demo}/proposal");

        Assert.Contains("Give the rationale", await refused.Content.ReadAsStringAsync());
        var page = await ParseAsync(added);
        Assert.Contains("Partner added to the shortlist.", page.Body!.TextContent);
        Assert.Contains("Israel", page.QuerySelector("#others-heading")!.ParentElement!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task The_robustness_test_adds_each_proposed_pairs_share_of_draws_and_rank_range()
    {
        await EnsureDemoRoundAsync();
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));

        var page = await ParseAsync(await manager.GetAsync($"/rounds/{Demo}/proposal?sensitivity=true"));

        var headers = page.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains("Kept", headers);
        Assert.Contains("Rank range", headers);
        Assert.All(page.QuerySelectorAll("tbody tr td:nth-child(4)").Take(5), td => Assert.EndsWith("%", td.TextContent.Trim()));
    }

    [Fact]
    public async Task The_published_study_round_shows_its_decisions_without_forms()
    {
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));

        var page = await ParseAsync(await manager.GetAsync($"/rounds/{Study.RoundSlug}/proposal"));

        Assert.Contains("Nothing to propose yet", page.Body!.TextContent);
        Assert.Equal(120, page.QuerySelectorAll("#others-heading ~ table tbody tr").Length);
        Assert.Contains("(France, Germany)", page.QuerySelector("#others-heading")!.ParentElement!.TextContent);
        var balance = page.QuerySelector(".portfolio-balance")!.TextContent;
        Assert.Contains("Opportunities120", balance.Replace(" ", "").Replace("\n", ""));
        Assert.Contains("16 technologies", balance);
        Assert.Empty(page.QuerySelectorAll("main form"));
    }
}
