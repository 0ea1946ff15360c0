using System.Net.Http.Headers;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Indicators;

public class ImportIndicatorsPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, string path, bool dryRun)
    {
        var page = await admin.GetStringAsync("/admin/indicators/import");
        var form = new MultipartFormDataContent
        {
            { new StringContent(PortalFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent("import"), "_handler" },
        };
        if (dryRun)
        {
            form.Add(new StringContent("true"), "dry-run");
        }
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", Path.GetFileName(path));
        return await admin.PostAsync("/admin/indicators/import", form);
    }

    [Fact]
    public async Task An_admin_checks_a_file_with_a_dry_run_then_imports_it_in_the_browser()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var path = IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_DS2_sample.csv");

        var dryRun = await Html.ParseAsync(await UploadAsync(admin, path, dryRun: true));
        var imported = await Html.ParseAsync(await UploadAsync(admin, path, dryRun: false));

        Assert.Contains("dry run, nothing was written", dryRun.QuerySelector("#report-heading")!.TextContent);
        Assert.Contains(": imported", imported.QuerySelector("#report-heading")!.TextContent);
        Assert.Equal(["14", "0", "0"], imported.QuerySelectorAll(".import-changes td.numeric").Select(td => td.TextContent.Trim()));
        Assert.Contains("WLD", imported.Body!.TextContent);
    }
}
