using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Infrastructure.Indicators;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Testing;
using PartnerPortal.Web.Features.Indicators;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Indicators;

/// <summary>Statement rules in a circuit: adding one (validated at the field), the list, the country profile; deleting after a confirmation.</summary>
public class StatementRulesPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private const string Indicator = "GB.XPD.RSDV.GD.ZS";

    private async Task ImportSampleAsync()
    {
        await using var file = File.OpenRead(IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_DS2_sample.csv"));
        Assert.True((await Portal.Services.GetRequiredService<IndicatorImporter>().ImportAsync(file, "sample.csv", dryRun: false)).Imported);
    }

    private IRenderedComponent<EditStatementRulePage> RenderEditor(int? id = null)
    {
        RenderProviders();
        var page = Render<EditStatementRulePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("#statement", Patience);
        return page;
    }

    private static void Fill(IRenderedComponent<EditStatementRulePage> page, string statement, string threshold, int minimum)
    {
        page.Find("#statement").Change(statement);
        var indicator = page.FindComponents<MudSelect<string>>().Single();
        page.InvokeAsync(() => indicator.Instance.ValueChanged.InvokeAsync(Indicator)).GetAwaiter().GetResult();
        page.Find("#threshold").Change(threshold);
        page.Find("#minimum").Change(minimum.ToString());
    }

    [Fact]
    public async Task An_admin_adds_a_rule_and_the_country_it_names_shows_the_statement_with_its_rule_and_data()
    {
        var admin = await SignInNewAsync(PortalRoles.Admin);
        var analyst = await Portal.SignedInAsync(await Portal.AddUserAsync(PortalRoles.Analyst));
        await ImportSampleAsync();

        var refused = RenderEditor();
        Fill(refused, "R&D leader in the sample", "one", 3);
        ClickButton(refused, "Add the rule");
        refused.WaitForAssertion(() => Assert.Contains("Give N (top N) or the threshold value.", refused.Find("#threshold").Closest(".mud-input-control")!.TextContent), Patience);
        await using (var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            Assert.False(await db.StatementRules.AnyAsync(r => r.Statement == "R&D leader in the sample"));
        }
        var added = RenderEditor();
        Fill(added, "R&D leader in the sample", "1", 3);
        ClickButton(added, "Add the rule");
        added.WaitForAssertion(() => Assert.EndsWith("/indicators/rules", Services.GetRequiredService<NavigationManager>().Uri), Patience);
        SignIn("analyst", "analyst@example.org", PortalRoles.Analyst);
        var rules = Render<StatementRulesPage>();
        rules.WaitForElement(".statement-rules tbody tr", Patience);
        var germany = await Html.ParseAsync(await analyst.GetAsync("/countries/DEU"));
        var china = await Html.ParseAsync(await analyst.GetAsync("/countries/CHN"));

        var row = rules.FindAll(".statement-rules tbody tr").Single(r => r.TextContent.Contains("R&D leader in the sample"));
        Assert.Contains("2021, 3 countries", row.TextContent);
        Assert.Contains("Germany (1)", row.TextContent);
        Assert.Empty(row.QuerySelectorAll("a[href$='/edit']"));
        var statement = germany.QuerySelector(".derived-statements li")!.TextContent;
        Assert.Contains("R&D leader in the sample", statement);
        Assert.Contains("Rank 1 of 3 countries in 2021 (3.13 % of GDP)", statement);
        Assert.Contains("top 1 countries by Research and development expenditure (% of GDP)", statement);
        Assert.Null(china.QuerySelector(".derived-statements"));
        await using var audit = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Contains(await audit.AuditLog.AsNoTracking().Where(a => a.EntityType == "StatementRule" && a.Action == "added").ToListAsync(),
            a => a.Actor == admin && a.NewValues!.Contains("R&D leader in the sample"));
    }

    [Fact]
    public async Task Deleting_a_rule_asks_first_cancelling_keeps_it_and_a_stale_delete_is_refused()
    {
        await SignInNewAsync(PortalRoles.Admin);
        var editor = Portal.Services.GetRequiredService<StatementRuleEditor>();
        var id = await editor.AddAsync(new StatementRuleInput("Doomed rule", "UNICORNS", StatementRuleKind.Top, 5, 3, 0));
        var page = RenderEditor(id);

        ClickButton(page, "Delete this rule");
        Dialogs.WaitForAssertion(() => Assert.Contains("Delete this rule?", Dialogs.Markup), Patience);
        Assert.Contains("“Doomed rule” disappears from every country profile", Dialogs.Markup);
        ClickButton(Dialogs, "Cancel");
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")), Patience);
        var afterCancel = await editor.FindAsync(id);
        var read = afterCancel!;
        Assert.Null(await editor.SaveAsync(id, new StatementRuleInput("Changed meanwhile", "UNICORNS", StatementRuleKind.Top, 5, 3, read.Version)));
        ClickButton(page, "Delete this rule");
        Dialogs.WaitForAssertion(() => Assert.Contains("Delete this rule?", Dialogs.Markup), Patience);
        ClickButton(Dialogs, "Delete");
        page.WaitForAssertion(() => Assert.Contains("changed this rule while you were editing (now “Changed meanwhile”)", page.Find(".conflict").TextContent), Patience);
        Assert.NotNull(await editor.FindAsync(id));
        ClickButton(page, "Delete this rule");
        Dialogs.WaitForAssertion(() => Assert.Contains("Delete this rule?", Dialogs.Markup), Patience);
        ClickButton(Dialogs, "Delete");

        page.WaitForAssertion(() => Assert.EndsWith("/indicators/rules", Services.GetRequiredService<NavigationManager>().Uri), Patience);
        Assert.NotNull(afterCancel);
        Assert.Null(await editor.FindAsync(id));
        Snackbars.WaitForAssertion(() => Assert.Contains("Rule deleted.", Snackbars.Markup), Patience);
    }

    [Fact]
    public async Task A_stale_edit_of_a_rule_is_refused_and_keeps_what_was_typed()
    {
        await SignInNewAsync(PortalRoles.Admin);
        var editor = Portal.Services.GetRequiredService<StatementRuleEditor>();
        var id = await editor.AddAsync(new StatementRuleInput("Original statement", "UNICORNS", StatementRuleKind.Top, 5, 3, 0));
        var page = RenderEditor(id);
        Assert.Null(await editor.SaveAsync(id, new StatementRuleInput("Their statement", "UNICORNS", StatementRuleKind.Top, 5, 3, (await editor.FindAsync(id))!.Version)));

        page.Find("#statement").Change("My statement");
        ClickButton(page, "Save");

        page.WaitForAssertion(() => Assert.Contains("(now “Their statement”)", page.Find(".conflict").TextContent), Patience);
        Assert.Equal("My statement", page.Find("#statement").GetAttribute("value"));
        Assert.Equal("Their statement", (await editor.FindAsync(id))!.Statement);
    }
}
