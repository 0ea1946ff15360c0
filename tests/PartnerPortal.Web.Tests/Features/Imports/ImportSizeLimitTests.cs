using System.Diagnostics;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Indicators;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Web.Features.Imports;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Imports;

/// <summary>The configured size limit (Portal:Import:MaximumFileMegabytes), said before a byte of the file is sent; temporary copies a killed process left.</summary>
public class ImportSizeLimitTests(ImportSizeLimitTests.SmallLimitPortal portal) : PortalComponentContext(portal), IClassFixture<ImportSizeLimitTests.SmallLimitPortal>
{
    public sealed class SmallLimitPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Import:MaximumFileMegabytes", "1");
        }
    }

    [Fact]
    public async Task A_file_over_the_configured_limit_is_refused_with_the_limit_and_nothing_is_read_or_imported()
    {
        var email = await Portal.AddUserAsync(PortalRoles.Admin);
        await using (var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            SignIn(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), email, PortalRoles.Admin);
        }
        RenderProviders();
        var page = Render<ImportIndicatorsPage>();
        var content = new byte[2 * 1024 * 1024];
        Array.Fill(content, (byte)'a');

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, "big.csv", contentType: "text/csv"));
        page.WaitForElement(".chosen-file", TimeSpan.FromSeconds(10));
        ClickButton(page, "Check the file");

        page.WaitForAssertion(() => Assert.Equal("The file is larger than the limit of 1 MB (Portal:Import:MaximumFileMegabytes); nothing was imported.",
            page.Find("#import-result [role=alert]").TextContent.Trim()), TimeSpan.FromSeconds(10));
        Assert.Contains("Up to 1 MB", page.Markup);
        Assert.Empty(page.FindAll(".import-progress"));
        Assert.Empty(page.FindAll("#report-heading"));
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
