using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Web.Tests.Features.Rounds;

public class NewRoundPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Form(string slug, string? copy = null) => new()
    {
        ["slug"] = slug, ["name"] = "Re-benchmarking 2026", ["agency"] = "Innovate UK", ["home"] = "GBR", ["description"] = "",
        ["countries"] = "CHN", ["technologies"] = "batteries", ["copy"] = copy ?? "",
    };

    [Fact]
    public async Task An_admin_opens_a_draft_round_with_its_scope_and_last_rounds_evidence()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));

        var response = await PortalFactory.SubmitFormAsync(admin, "/rounds/new", "new-round", Form("rebench-2026", copy: "mm-2021"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/rounds/rebench-2026/settings", response.Headers.Location!.OriginalString);
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var round = await db.Rounds.Include(r => r.Countries).Include(r => r.Technologies).SingleAsync(r => r.Slug == "rebench-2026");
        Assert.Equal(RoundStatus.Draft, round.Status);
        Assert.Equal((1, 1), (round.Countries.Count, round.Technologies.Count));
        var evidence = await db.LonglistEvidence.SingleAsync(e => e.RoundId == round.Id);
        Assert.StartsWith("Copied from International Benchmarking", evidence.Source);
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == "round.created" && a.EntityKey == "rebench-2026"));
    }

    [Fact]
    public async Task A_draft_rounds_scope_can_change_until_it_opens_for_scoring()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        await PortalFactory.SubmitFormAsync(admin, "/rounds/new", "new-round", Form("scoped"));

        var widened = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/rounds/scoped/settings", "scope",
            new() { ["countries"] = "CHN", ["technologies"] = "robotics" }));
        var withHome = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/rounds/scoped/settings", "scope",
            new() { ["countries"] = "GBR", ["technologies"] = "robotics" }));
        await PortalFactory.SubmitFormAsync(admin, "/rounds/scoped/settings", "status", new() { ["to"] = "Scoring", ["confirm"] = "yes" });
        var open = await Html.ParseAsync(await admin.GetAsync("/rounds/scoped/settings"));

        Assert.Contains("Scope saved.", widened.Body!.TextContent);
        Assert.Contains("home country cannot also be a partner", withHome.QuerySelector("#countries-error")!.TextContent);
        Assert.Null(open.QuerySelector("form input[name='_handler'][value='scope']"));
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var round = await db.Rounds.Include(r => r.Technologies).ThenInclude(t => t.Technology).SingleAsync(r => r.Slug == "scoped");
        Assert.Equal(["robotics"], round.Technologies.Select(t => t.Technology!.Slug));
    }

    [Fact]
    public async Task A_bad_short_name_a_taken_one_or_an_empty_scope_is_refused_beside_its_field()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var empty = Form("scope-less");
        empty.Remove("countries");

        var bad = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/rounds/new", "new-round", Form("Not A Slug")));
        var taken = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/rounds/new", "new-round", Form("mm-2021")));
        var noScope = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/rounds/new", "new-round", empty));

        Assert.Contains("lower-case letters", bad.QuerySelector("#slug-error")!.TextContent);
        Assert.Equal("Re-benchmarking 2026", bad.QuerySelector("#name")!.GetAttribute("value"));
        Assert.Contains("already exists", taken.QuerySelector("#slug-error")!.TextContent);
        Assert.Contains("at least one partner country", noScope.QuerySelector("#countries-error")!.TextContent);
    }
}
