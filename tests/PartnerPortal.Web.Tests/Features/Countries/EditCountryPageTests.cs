using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Infrastructure.Countries;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Web.Features.Countries;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Countries;

/// <summary>The admin's country form in a circuit (bUnit over the real services and database).</summary>
public class EditCountryPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private CountryEditor Editor => Portal.Services.GetRequiredService<CountryEditor>();

    private async Task<string> SignInAsync(string role)
    {
        var email = await Portal.AddUserAsync(role);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        SignIn(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), email, role);
        RenderProviders();
        return email;
    }

    private IRenderedComponent<EditCountryPage> RenderPage(string? code = null)
    {
        var page = Render<EditCountryPage>(p => p.Add(x => x.Code, code));
        page.WaitForElement("#name", Patience);
        return page;
    }

    /// <summary>Types into a field as a person does: the value is taken when the field loses focus.</summary>
    private static void Type(IRenderedComponent<EditCountryPage> page, string id, string value) =>
        page.InvokeAsync(() => page.Find(id).Change(value)).GetAwaiter().GetResult();

    private static void Choose<T>(IRenderedComponent<EditCountryPage> page, T value) =>
        page.InvokeAsync(() => page.FindComponent<MudSelect<T>>().Instance.ValueChanged.InvokeAsync(value)).GetAwaiter().GetResult();

    /// <summary>The text of the field around the input: its label, helper and error messages.</summary>
    private static string FieldText(IRenderedComponent<EditCountryPage> page, string id) => page.Find(id).Closest(".mud-input-control")!.TextContent;

    private static void FillBrazil(IRenderedComponent<EditCountryPage> page, string code)
    {
        Type(page, "#code", code);
        Type(page, "#iso2", "br");
        Type(page, "#iso3", "bra");
        Type(page, "#name", "Brazil");
        Type(page, "#study-name", "Brazil");
        Type(page, "#region", "Latin America & Caribbean");
        Choose(page, PartnerMaturity.Emerging);
    }

    [Fact]
    public async Task An_admin_adds_a_country_a_second_with_the_same_code_is_refused_at_the_code_and_a_save_from_an_older_version_is_refused_until_confirmed()
    {
        await SignInAsync(PortalRoles.Admin);
        var added = RenderPage();
        FillBrazil(added, "bra");
        Click(added, "#save-country");
        added.WaitForAssertion(() => Assert.EndsWith("/countries/BRA/edit", Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri), Patience);

        var duplicate = RenderPage();
        FillBrazil(duplicate, "bra");
        Click(duplicate, "#save-country");
        duplicate.WaitForAssertion(() => Assert.Contains("already a country with the code BRA", FieldText(duplicate, "#code")), Patience);

        var first = RenderPage("BRA");
        var second = RenderPage("BRA");
        Type(first, "#region", "South America");
        Click(first, "#save-country");
        Snackbars.WaitForAssertion(() => Assert.Contains("Brazil saved.", Snackbars.Markup), Patience);
        Type(second, "#region", "Americas");
        Click(second, "#save-country");

        second.WaitForAssertion(() => Assert.Contains("saved this country while you were editing", second.Find("#country-conflict").TextContent), Patience);
        Assert.Equal("Americas", second.Find("#region").GetAttribute("value"));
        Assert.Contains("Now saved: South America", FieldText(second, "#region"));
        var stored = (await Editor.ReadAsync("BRA"))!;
        Assert.Equal(("South America", PartnerMaturity.Emerging, "BR"), (stored.Region, stored.Maturity, stored.Iso2));

        // Saving again replaces the other admin's entries, once confirmed.
        Click(second, "#save-country");
        Dialogs.WaitForAssertion(() => Assert.Contains("Replace their changes?", Dialogs.Markup), Patience);
        ClickButton(Dialogs, "Replace theirs");
        await WaitForStoredAsync("BRA", d => d.Region == "Americas");
    }

    [Fact]
    public async Task A_groupings_members_are_chosen_with_the_grouping()
    {
        await SignInAsync(PortalRoles.Admin);
        var before = (await Editor.ReadAsync("SCANDINAVIA"))!;
        var page = RenderPage("SCANDINAVIA");

        foreach (var other in new[] { "Norway", "Sweden" })
        {
            await page.InvokeAsync(() => page.FindAll(".member-list label").First(l => l.TextContent.Trim() == other).QuerySelector("input")!.Change(false));
        }
        Click(page, "#save-country");

        Assert.NotEqual(["DNK"], before.Members);
        await WaitForStoredAsync("SCANDINAVIA", d => d.Members!.SequenceEqual(["DNK"]));
    }

    [Fact]
    public async Task A_country_without_a_region_or_with_a_malformed_iso_code_is_refused_beside_the_field_and_nothing_is_saved()
    {
        await SignInAsync(PortalRoles.Admin);
        var page = RenderPage();
        FillBrazil(page, "ARG");
        Type(page, "#iso2", "A1");
        Type(page, "#region", "");

        Click(page, "#save-country");

        page.WaitForAssertion(() => Assert.Contains("world region", FieldText(page, "#region")), Patience);
        Assert.Contains("two capital letters", FieldText(page, "#iso2"));
        Assert.DoesNotContain("capital letters", FieldText(page, "#iso3"));
        Assert.Null(await Editor.ReadAsync("ARG"));
    }

    [Fact]
    public async Task A_saved_change_is_in_the_audit_log_under_the_admins_name()
    {
        var admin = await SignInAsync(PortalRoles.Admin);
        var page = RenderPage("CHE");

        Type(page, "#study-name", "Switzerland (audited)");
        Click(page, "#save-country");

        await WaitForStoredAsync("CHE", d => d.StudyName == "Switzerland (audited)");
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var id = await db.Countries.Where(c => c.Code == "CHE").Select(c => c.Id.ToString()).SingleAsync();
        var entry = await db.AuditLog.AsNoTracking().Where(a => a.EntityType == nameof(Country) && a.EntityKey == id).OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(admin, entry.Actor);
        Assert.Contains("Switzerland (audited)", entry.NewValues);
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_is_refused_on_save_and_nothing_changes()
    {
        await SignInAsync(PortalRoles.PortfolioManager);
        var page = RenderPage("AUS");

        Type(page, "#region", "Oceania (not saved)");
        Click(page, "#save-country");

        page.WaitForAssertion(() => Assert.Contains("Only admins add and edit countries.", page.Markup), Patience);
        Assert.NotEqual("Oceania (not saved)", (await Editor.ReadAsync("AUS"))!.Region);
    }

    private async Task WaitForStoredAsync(string code, Func<CountryDetails, bool> saved)
    {
        for (var waited = TimeSpan.Zero; waited < Patience; waited += TimeSpan.FromMilliseconds(100))
        {
            if (saved((await Editor.ReadAsync(code))!))
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"{code} was not saved as expected: {await Editor.ReadAsync(code)}");
    }
}
