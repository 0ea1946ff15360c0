using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Testing;

namespace PartnerPortal.EndToEnd.Tests;

public class PrintTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task The_print_page_puts_tables_6_1_and_6_2_on_a_few_A4_pages_without_the_portals_navigation()
    {
        await portal.AddUserAsync("reader@example.org", PortalRoles.Analyst);
        var page = await portal.SignInAsync("reader@example.org");

        await page.GotoAsync($"/rounds/{Study.RoundSlug}/print");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", Path = Path.Combine(BrowserPortal.ScreenshotDirectory, "tables-6-1-and-6-2.pdf") });

        Assert.Equal(0, await page.Locator("nav.navbar").CountAsync());
        Assert.Equal(54, await page.Locator(".longlist td li").CountAsync());
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        var pages = Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
        Assert.InRange(pages, 2, 8);
    }
}
