using System.Net.Http.Headers;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Indicators;

public class ImportIndicatorsPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Task<HttpResponseMessage> UploadAsync(HttpClient admin, string path, bool dryRun) =>
        UploadAsync(admin, File.ReadAllBytes(path), Path.GetFileName(path), dryRun, "/admin/indicators/import");

    /// <summary>Posts the upload form as the browser does: to the page without script, to the job endpoint with htmx.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, byte[] content, string fileName, bool dryRun, string postPath)
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
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, postPath) { Content = form };
        request.Headers.Add("HX-Request", "true");
        return await admin.SendAsync(request);
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

    [Fact]
    public async Task A_quick_import_answers_with_its_report_at_once()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var path = IndicatorFiles.Sample("tidy_sample.xlsx");

        var answer = await Html.ParseAsync(await UploadAsync(admin, await File.ReadAllBytesAsync(path), "tidy_sample.xlsx", dryRun: true, "/admin/indicators/import/jobs"));

        Assert.Contains("tidy_sample.xlsx: dry run, nothing was written", answer.QuerySelector("#report-heading")!.TextContent);
        Assert.Null(answer.QuerySelector(".import-progress"));
    }

    [Fact]
    public async Task A_long_import_shows_its_progress_until_the_report_replaces_it()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var rows = new System.Text.StringBuilder("country,indicator,year,value\n");
        var countries = new[] { "CHN", "DEU", "JPN", "USA", "KOR", "IND", "FRA", "ITA" };
        for (var i = 0; i < 400_000; i++)
        {
            rows.Append(countries[i % countries.Length]).Append(",PROGRESS.").Append(i / countries.Length / 200).Append(',').Append(1900 + i / countries.Length % 200).Append(",1.5\n");
        }

        var started = await Html.ParseAsync(await UploadAsync(admin, System.Text.Encoding.UTF8.GetBytes(rows.ToString()), "big.csv", dryRun: true, "/admin/indicators/import/jobs"));
        var progress = started.QuerySelector(".import-progress");
        Assert.NotNull(progress);
        Assert.NotNull(progress.QuerySelector("[role=progressbar]"));
        var poll = progress.GetAttribute("hx-get")!;
        AngleSharp.Dom.IDocument answer;
        do
        {
            await Task.Delay(500);
            answer = await Html.ParseAsync(await admin.GetAsync(poll));
        }
        while (answer.QuerySelector(".import-progress") is not null);

        Assert.Contains("big.csv", answer.QuerySelector("#report-heading")!.TextContent);
        Assert.Contains("indicators the portal does not know (250)", answer.QuerySelector(".import-problems")!.TextContent);
        Assert.Contains("no longer known", (await Html.ParseAsync(await admin.GetAsync(poll))).Body!.TextContent);
    }
}
