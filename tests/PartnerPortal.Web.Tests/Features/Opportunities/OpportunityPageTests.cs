using System.Net;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Testing;
using PartnerPortal.Web.Features.Opportunities;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Opportunities;

/// <summary>The opportunity page in a circuit (bUnit over the real services and database): principles as cards, chips, saving and conflicts.</summary>
public class OpportunityPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private string _round = "";

    /// <summary>A fresh copy of the study round with China–batteries accepted and Canada–batteries rejected, and a manager signed in.</summary>
    private async Task ManagerAsync()
    {
        _round = $"o-{Guid.NewGuid():N}"[..14];
        await StudyRoundCopy.CreateAsync(Portal.Services, _round);
        var decisions = Portal.Services.GetRequiredService<ShortlistDecisions>();
        await decisions.DecideAsync(_round, "CHN", "batteries", ShortlistDecision.Accepted, "Strong and complementary.", null);
        await decisions.DecideAsync(_round, "CAN", "batteries", ShortlistDecision.Rejected, "Covered elsewhere.", null);
        var email = $"manager-{Guid.NewGuid():N}@example.org";
        await using var scope = Portal.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, [PortalRoles.PortfolioManager], PortalFactory.Password);
        SignIn(user.Id, email, PortalRoles.PortfolioManager);
    }

    private IRenderedComponent<OpportunityPage> RenderPage(string country = "CHN") =>
        Render<OpportunityPage>(p => p.Add(x => x.Slug, _round).Add(x => x.Country, country).Add(x => x.Technology, "batteries"));

    private OpportunityEditor Editor => Portal.Services.GetRequiredService<OpportunityEditor>();

    private async Task<(int Reciprocity, int FirstInstrument)> IdsAsync()
    {
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return ((await db.Principles.SingleAsync(p => p.Name == "Reciprocity")).Id, (await db.Instruments.OrderBy(i => i.Position).FirstAsync()).Id);
    }

    private bool Snackbar(string text) => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Any(s => s.Message?.Contains(text, StringComparison.Ordinal) == true);

    [Fact]
    public async Task Status_chips_a_full_width_note_and_pathway_and_instrument_chips_are_saved_together()
    {
        await ManagerAsync();
        var (reciprocity, instrument) = await IdsAsync();
        RenderProviders();
        var page = RenderPage();
        page.WaitForElement($"#status-{reciprocity}-AtRisk", Patience);
        Assert.Equal("true", page.Find($"#status-{reciprocity}-Unknown").GetAttribute("aria-pressed"));

        Click(page, $"#status-{reciprocity}-AtRisk");
        page.Find($"#note-{reciprocity}").Input("IP terms not yet agreed");
        Click(page, "#pathway-SupplyChain");
        Click(page, "#pathway-Technology");
        Click(page, $"#instrument-{instrument}");
        Click(page, "#save-opportunity");

        page.WaitForAssertion(() => Assert.True(Snackbar("Saved.")), Patience);
        var saved = (await Editor.ReadAsync(_round, "CHN", "batteries"))!;
        Assert.Equal((PrincipleStatus.AtRisk, "IP terms not yet agreed"), saved.Principles.Where(p => p.PrincipleId == reciprocity).Select(p => (p.Status, p.Note)).Single());
        Assert.Equal(ValueCapturePathway.SupplyChain | ValueCapturePathway.Technology, saved.ValueCapture);
        Assert.Equal([instrument], saved.Instruments.Where(i => i.Selected).Select(i => i.Id));
        Assert.Equal("true", page.Find($"#status-{reciprocity}-AtRisk").GetAttribute("aria-pressed"));
        Assert.Equal("false", page.Find($"#status-{reciprocity}-Unknown").GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task A_save_over_another_managers_newer_version_shows_what_differs_and_using_theirs_takes_it()
    {
        await ManagerAsync();
        RenderProviders();
        var page = RenderPage();
        page.WaitForElement("#pathway-SupplyChain", Patience);
        var seen = (await Editor.ReadAsync(_round, "CHN", "batteries"))!;
        Assert.Null(await Editor.SaveAsync(_round, "CHN", "batteries", new OpportunityInput(seen.Version, [], ValueCapturePathway.Technology, [])));

        Click(page, "#pathway-SupplyChain");
        Click(page, "#save-opportunity");

        Dialogs.WaitForElement("#conflict-title", Patience);
        var row = Dialogs.FindAll(".conflict-table tbody tr").Single();
        Assert.Equal(("Value-capture pathways", "Supply chain", "Technology"),
            (row.QuerySelector("th")!.TextContent, row.QuerySelector(".yours")!.TextContent, row.QuerySelector(".theirs")!.TextContent));
        Assert.Contains("your changes were not saved", Dialogs.Find("#conflict-summary").TextContent);

        Click(Dialogs, "#conflict-theirs");

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#pathway-Technology").GetAttribute("aria-pressed")), Patience);
        Assert.Equal("false", page.Find("#pathway-SupplyChain").GetAttribute("aria-pressed"));
        Assert.Equal(ValueCapturePathway.Technology, (await Editor.ReadAsync(_round, "CHN", "batteries"))!.ValueCapture);
    }

    [Fact]
    public async Task Saving_mine_over_another_managers_version_after_seeing_it_stores_mine()
    {
        await ManagerAsync();
        RenderProviders();
        var page = RenderPage();
        page.WaitForElement("#pathway-SupplyChain", Patience);
        var seen = (await Editor.ReadAsync(_round, "CHN", "batteries"))!;
        Assert.Null(await Editor.SaveAsync(_round, "CHN", "batteries", new OpportunityInput(seen.Version, [], ValueCapturePathway.Technology, [])));
        Click(page, "#pathway-SupplyChain");
        Click(page, "#save-opportunity");
        Dialogs.WaitForElement("#conflict-title", Patience);

        Click(Dialogs, "#conflict-mine");

        page.WaitForAssertion(() => Assert.True(Snackbar("Saved.")), Patience);
        Assert.Equal(ValueCapturePathway.SupplyChain, (await Editor.ReadAsync(_round, "CHN", "batteries"))!.ValueCapture);
    }

    [Fact]
    public async Task A_rejected_opportunity_is_shown_with_its_decision_and_nothing_can_be_changed()
    {
        await ManagerAsync();
        var page = RenderPage("CAN");

        page.WaitForElement("#decision", Patience);

        Assert.Contains("Rejected", page.Find("#decision").TextContent);
        Assert.Contains("Covered elsewhere.", page.Find("#decision").TextContent);
        Assert.Contains("Only an accepted opportunity is described", page.Markup);
        Assert.True(page.Find("#save-opportunity").HasAttribute("disabled"));
        Assert.True(page.Find("fieldset").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Every_control_is_named_for_its_principle_pathway_or_instrument()
    {
        await ManagerAsync();
        var (reciprocity, _) = await IdsAsync();
        var page = RenderPage();
        page.WaitForElement($"#note-{reciprocity}", Patience);

        Assert.Equal("Note on Reciprocity", page.Find($"label[for='note-{reciprocity}']").TextContent.Trim());
        Assert.Equal("Status of Reciprocity", page.Find($"#status-{reciprocity}").GetAttribute("aria-label"));
        Assert.Equal("Supply chain", page.Find("#pathway-SupplyChain").TextContent.Trim());
        foreach (var button in page.FindAll("button"))
        {
            Assert.False(string.IsNullOrWhiteSpace(button.TextContent + button.GetAttribute("aria-label")), $"{button.OuterHtml} has no name");
        }
        Assert.All(page.FindAll(".mud-chipset"), set => Assert.False(string.IsNullOrWhiteSpace(set.GetAttribute("aria-label") ?? set.GetAttribute("aria-labelledby"))));
    }

    [Fact]
    public async Task The_page_as_first_served_is_a_mudblazor_page_with_principle_cards_and_analysts_may_not_open_it()
    {
        await ManagerAsync();
        var manager = await Portal.SignedInAsync(await Portal.AddUserAsync(PortalRoles.PortfolioManager));
        var analyst = await Portal.SignedInAsync(await Portal.AddUserAsync(PortalRoles.Analyst));

        using var response = await manager.GetAsync($"/rounds/{_round}/opportunities/CHN/batteries");
        using var refused = await analyst.GetAsync($"/rounds/{_round}/opportunities/CHN/batteries");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await Html.ParseAsync(response);
        Assert.Equal("Batteries with China", html.QuerySelector("h1")!.TextContent.Trim());
        Assert.True(html.QuerySelectorAll(".principle-card").Length >= 4);
        Assert.True(html.QuerySelector("#save-opportunity")!.HasAttribute("disabled"));
        Assert.Null(html.QuerySelector("select, .form-select"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
