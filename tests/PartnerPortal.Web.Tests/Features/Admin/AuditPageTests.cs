using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Web.Features.Admin;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Admin;

/// <summary>The audit log in a circuit: entries in words, filters the database applies, pages read from the server.</summary>
public class AuditPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    /// <summary>An admin (signed in to the page) who changes another person's roles <paramref name="changes"/> times.</summary>
    private async Task<(string Admin, string Person)> RoleChangesAsync(int changes)
    {
        var admin = await Portal.AddUserAsync(PortalRoles.Admin);
        var person = await Portal.AddUserAsync(PortalRoles.Analyst);
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            using var acting = AuditActing.As(admin);
            for (var i = 0; i < changes; i++)
            {
                await accounts.SetRolesAsync(person, i % 2 == 0 ? [PortalRoles.Analyst, PortalRoles.PortfolioManager] : [PortalRoles.Analyst]);
            }
        }
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        SignIn(await db.Users.Where(u => u.Email == admin).Select(u => u.Id).SingleAsync(), admin, PortalRoles.Admin);
        RenderProviders();
        return (admin, person);
    }

    private IRenderedComponent<AuditPage> RenderPage()
    {
        var page = Render<AuditPage>();
        page.WaitForElement(".audit-total", Patience);
        return page;
    }

    private static void Choose<T>(IRenderedComponent<AuditPage> page, string selectClass, T value) =>
        page.InvokeAsync(() => page.FindComponents<MudSelect<T>>().Single(s => s.Instance.Class == selectClass).Instance.SelectOption(value)).GetAwaiter().GetResult();

    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<AuditPage> page) => page.FindAll("tbody .mud-table-row");

    [Fact]
    public async Task Entries_name_the_person_the_kind_of_record_and_the_roles_before_and_after_never_an_id()
    {
        var (admin, person) = await RoleChangesAsync(1);
        var page = RenderPage();

        Choose(page, "audit-person", admin);
        page.WaitForAssertion(() => Assert.Equal("2 changes", page.Find(".audit-total").TextContent), Patience);

        var rows = Rows(page);
        var roles = rows.Single(r => r.TextContent.Contains("Roles changed"));
        Assert.Contains("User role", roles.QuerySelector(".audit-kind-chip")!.TextContent);
        Assert.Equal(person, roles.QuerySelector(".audit-record")!.TextContent);
        Assert.Contains("Roles: Analyst → Analyst, Portfolio manager", roles.QuerySelector(".audit-fields")!.TextContent);
        Assert.Contains(admin, roles.TextContent);
        var sessions = rows.Single(r => !r.TextContent.Contains("Roles changed"));
        Assert.Contains("Open sessions: ended", sessions.TextContent);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var personId = await db.Users.Where(u => u.Email == person).Select(u => u.Id).SingleAsync();
        Assert.DoesNotContain(personId, page.Markup);
        Assert.DoesNotContain("PortalUser", page.Markup);
        Assert.Contains($"person={Uri.EscapeDataString(admin)}", page.Find("a[href^='/admin/audit/export.csv']").GetAttribute("href"));
    }

    [Fact]
    public async Task Filtering_by_kind_narrows_the_rows_and_the_count_and_starts_again_at_the_first_page()
    {
        var (admin, _) = await RoleChangesAsync(30);
        var page = RenderPage();
        Choose(page, "audit-person", admin);
        page.WaitForAssertion(() => Assert.Equal("60 changes", page.Find(".audit-total").TextContent), Patience);
        Click(page, "button[aria-label='Next page']");
        page.WaitForAssertion(() => Assert.Contains("26-50 of 60", page.Find(".mud-table-pagination").TextContent), Patience);

        Choose(page, "audit-kind", AuditKinds.UserRole);

        page.WaitForAssertion(() => Assert.Equal("30 changes", page.Find(".audit-total").TextContent), Patience);
        page.WaitForAssertion(() => Assert.Contains("1-25 of 30", page.Find(".mud-table-pagination").TextContent), Patience);
        Assert.All(Rows(page), r => Assert.Equal("User role", r.QuerySelector(".audit-kind-chip")!.TextContent.Trim()));
        Assert.Contains("kind=User%20role", page.Find("a[href^='/admin/audit/export.csv']").GetAttribute("href"));
    }

    [Fact]
    public async Task Paging_reads_each_page_from_the_server_newest_first()
    {
        var (admin, _) = await RoleChangesAsync(30);
        var page = RenderPage();
        Choose(page, "audit-person", admin);
        Choose(page, "audit-kind", AuditKinds.UserRole);
        page.WaitForAssertion(() => Assert.Equal(25, Rows(page).Count), Patience);
        var firstPage = Rows(page).Select(r => r.TextContent).ToList();

        Click(page, "button[aria-label='Next page']");

        page.WaitForAssertion(() => Assert.Equal(5, Rows(page).Count), Patience);
        Assert.Contains("26-30 of 30", page.Find(".mud-table-pagination").TextContent);
        // The first change of all (Analyst → Analyst, Portfolio manager) is the oldest, so it is last.
        Assert.Contains("Roles: Analyst → Analyst, Portfolio manager", Rows(page)[^1].TextContent);
        Assert.Contains("Roles: Analyst, Portfolio manager → Analyst", firstPage[0]);
    }

    [Fact]
    public async Task A_date_range_after_the_changes_shows_no_rows_and_says_so()
    {
        var (admin, _) = await RoleChangesAsync(1);
        var page = RenderPage();
        Choose(page, "audit-person", admin);
        page.WaitForAssertion(() => Assert.Equal("2 changes", page.Find(".audit-total").TextContent), Patience);

        var tomorrow = DateTime.UtcNow.Date.AddDays(1);
        await page.InvokeAsync(() => page.FindComponents<MudDatePicker>().First().Instance.DateChanged.InvokeAsync(tomorrow));

        page.WaitForAssertion(() => Assert.Equal("0 changes", page.Find(".audit-total").TextContent), Patience);
        // The count and the grid's empty content come from separate renders.
        page.WaitForAssertion(() => Assert.Contains("No matching changes", page.Markup), Patience);
        Assert.Contains($"from={tomorrow:yyyy-MM-dd}", page.Find("a[href^='/admin/audit/export.csv']").GetAttribute("href"));
    }
}
