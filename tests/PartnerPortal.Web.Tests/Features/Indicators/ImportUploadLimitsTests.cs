using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Indicators;

namespace PartnerPortal.Web.Tests.Features.Indicators;

/// <summary>
/// Uploads near and over the configured limit on the real server: the size is checked before the antiforgery
/// check reads the form, and the forms take files up to the limit, past Kestrel's 30 MB default.
/// </summary>
public class ImportUploadLimitsTests(KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>Posts the upload form as the browser does: to the page without script, to the job endpoint with htmx.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, long bytes, string postPath, bool script)
    {
        var page = await admin.GetStringAsync("/admin/indicators/import");
        var content = new byte[bytes];
        Array.Fill(content, (byte)'a');
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent
        {
            { new StringContent(PortalFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent("import"), "_handler" },
            { file, "file", "big.csv" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, postPath) { Content = form };
        if (script)
        {
            request.Headers.Add("HX-Request", "true");
        }
        return await admin.SendAsync(request);
    }

    [Fact]
    public async Task A_40_mb_file_posted_without_script_reaches_the_importer_instead_of_failing_the_antiforgery_check()
    {
        var admin = await portal.SignedInOverHttpAsync(await portal.AddUserAsync(PortalRoles.Admin));

        var response = await UploadAsync(admin, 40 * Megabyte, "/admin/indicators/import", script: false);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The format is not recognised", body);
    }

    [Fact]
    public async Task A_file_over_the_limit_posted_without_script_goes_back_to_the_upload_form_which_says_so()
    {
        var admin = await portal.SignedInOverHttpAsync(await portal.AddUserAsync(PortalRoles.Admin));

        var response = await UploadAsync(admin, (KestrelPortalFactory.ImportLimitMegabytes + 2) * Megabyte, "/admin/indicators/import", script: false);
        var page = await Html.ParseAsync(await admin.GetAsync(response.Headers.Location));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("The file is larger than the limit of 50 MB (Portal:Import:MaximumFileMegabytes); nothing was imported.",
            page.QuerySelector("#import-result [role=alert]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("input[type=file]"));
    }

    [Fact]
    public async Task A_file_over_the_limit_sent_by_the_pages_script_gets_the_size_message_not_an_out_of_date_form()
    {
        var admin = await portal.SignedInOverHttpAsync(await portal.AddUserAsync(PortalRoles.Admin));

        var response = await UploadAsync(admin, (KestrelPortalFactory.ImportLimitMegabytes + 2) * Megabyte, "/admin/indicators/import/jobs", script: true);

        var answer = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The file is larger than the limit of 50 MB (Portal:Import:MaximumFileMegabytes); nothing was imported.",
            answer.QuerySelector("[role=alert]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Start_up_removes_the_temporary_files_of_imports_whose_process_was_killed()
    {
        using var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await ended.WaitForExitAsync();
        var orphan = Path.Combine(Path.GetTempPath(), $"{ImportTemporaryFiles.Prefix}{ended.Id}-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(orphan, "country,indicator,year,value\n");
        await using var restarted = new PortalFactory();
        await restarted.InitializeAsync();

        using var client = restarted.CreateClient();

        Assert.False(File.Exists(orphan));
    }
}
