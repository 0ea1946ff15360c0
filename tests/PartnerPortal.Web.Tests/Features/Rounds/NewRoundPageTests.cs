using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Web.Features.Rounds;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Rounds;

/// <summary>Opening a round in a circuit (bUnit over the real services and database): the form, its refusals at their fields, the scope.</summary>
public class NewRoundPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private async Task<string> AdminAsync()
    {
        var email = await Portal.AddUserAsync(PortalRoles.Admin);
        SignIn(await IdOfAsync(email), email, PortalRoles.Admin);
        RenderProviders();
        return email;
    }

    private async Task<string> IdOfAsync(string email)
    {
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private IRenderedComponent<NewRoundPage> RenderPage()
    {
        var page = Render<NewRoundPage>();
        page.WaitForElement("#slug", Patience);
        return page;
    }

    /// <summary>Types the round's details and leaves exactly these partners and technologies ticked.</summary>
    private void Fill(IRenderedComponent<NewRoundPage> page, string slug, string[]? countries = null, string[]? technologies = null)
    {
        // The scope lists arrive after the first render: ticking before they are there would tick nothing.
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[id^='technology-']:not([disabled])")), Patience);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[id^='country-']:not([disabled])")), Patience);
        page.Find("#slug").Change(slug);
        page.Find("#name").Change("Re-benchmarking 2026");
        page.Find("#agency").Change("Innovate UK");
        TickOnly(page, "country-", countries ?? ["CHN"]);
        TickOnly(page, "technology-", technologies ?? ["batteries"]);
    }

    /// <summary>Sets every box of the list, ticked or not: what the markup says of a box is not what its state is until it renders again.</summary>
    private static void TickOnly(IRenderedComponent<IComponent> page, string prefix, string[] keys)
    {
        foreach (var box in page.FindAll($"input[id^='{prefix}']").Select(b => b.GetAttribute("id")!).ToList())
        {
            page.InvokeAsync(() => page.Find($"input#{box}").Change(keys.Contains(box[prefix.Length..]))).GetAwaiter().GetResult();
        }
    }

    private static string FieldText(IRenderedComponent<NewRoundPage> page, string inputId) => page.Find($"#{inputId}").Closest(".mud-input-control")!.TextContent;

    private void Create(IRenderedComponent<NewRoundPage> page) => Click(page, "#create-round");

    [Fact]
    public async Task An_admin_opens_a_draft_round_with_its_scope_and_last_rounds_evidence()
    {
        var admin = await AdminAsync();
        var page = RenderPage();
        Fill(page, "rebench-2026");
        await page.InvokeAsync(() => page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label!.StartsWith("Start from")).Instance.SelectOption("mm-2021"));

        Create(page);

        var navigation = Services.GetRequiredService<NavigationManager>();
        // Copying the earlier round's evidence takes a while on a busy machine.
        page.WaitForAssertion(() => Assert.EndsWith("/rounds/rebench-2026/settings", navigation.Uri), Patience * 3);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var round = await db.Rounds.Include(r => r.Countries).Include(r => r.Technologies).SingleAsync(r => r.Slug == "rebench-2026");
        Assert.Equal(RoundStatus.Draft, round.Status);
        Assert.Equal((1, 1), (round.Countries.Count, round.Technologies.Count));
        var evidence = await db.LonglistEvidence.SingleAsync(e => e.RoundId == round.Id);
        Assert.StartsWith("Copied from International Benchmarking", evidence.Source);
        var created = await db.AuditLog.Where(a => a.Action == "round.created" && a.EntityKey == "rebench-2026").ToListAsync();
        Assert.Equal(admin, Assert.Single(created).Actor);
    }

    [Fact]
    public async Task A_bad_short_name_a_taken_one_or_an_empty_scope_is_refused_beside_its_field()
    {
        await AdminAsync();
        var page = RenderPage();

        Fill(page, "Not A Slug");
        Create(page);
        page.WaitForAssertion(() => Assert.Contains("lower-case letters", FieldText(page, "slug")), Patience);
        Assert.Equal("Re-benchmarking 2026", page.Find("#name").GetAttribute("value"));

        page.Find("#slug").Change("mm-2021");
        Create(page);
        page.WaitForAssertion(() => Assert.Contains("already exists", FieldText(page, "slug")), Patience);

        page.Find("#slug").Change("scope-less");
        TickOnly(page, "country-", []);
        Create(page);
        page.WaitForAssertion(() => Assert.Contains("at least one partner country", page.Find("#countries-error").TextContent), Patience);

        Assert.Null(await Portal.Services.GetRequiredService<RoundCatalog>().FindAsync("scope-less"));
        Assert.EndsWith("/", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Someone_who_is_no_longer_an_admin_opens_no_round()
    {
        var admin = await AdminAsync();
        var page = RenderPage();
        Fill(page, "demoted-2026");
        // The role was taken away while the page stood open; the circuit's authentication state follows within a minute.
        SignIn(await IdOfAsync(admin), admin, PortalRoles.PortfolioManager);

        Create(page);

        page.WaitForAssertion(() => Assert.Contains("Only administrators can open a round.", page.Find("#new-round-refusal").TextContent), Patience);
        Assert.Null(await Portal.Services.GetRequiredService<RoundCatalog>().FindAsync("demoted-2026"));
    }
}
