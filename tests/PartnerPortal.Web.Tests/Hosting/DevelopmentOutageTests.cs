using System.Net;

namespace PartnerPortal.Web.Tests.Hosting;

/// <summary>Under the run command's Development environment a database outage shows the same 503 page as in production, and the request log records the real status.</summary>
public class DevelopmentOutageTests(DevelopmentOutageTests.OwnClusterDevelopmentPortal portal) : IClassFixture<DevelopmentOutageTests.OwnClusterDevelopmentPortal>
{
    /// <summary>Development, on a cluster of its own, because this test stops the server.</summary>
    public sealed class OwnClusterDevelopmentPortal : HealthTests.OwnClusterPortal
    {
        protected override string EnvironmentName => "Development";
    }

    [Fact]
    public async Task A_page_failing_on_a_database_outage_in_development_is_the_503_page_and_logged_as_503()
    {
        var browser = await portal.SignedInAsync(await portal.AddUserAsync(Domain.Accounts.PortalRoles.Analyst));
        var path = $"/countries/Z{Guid.NewGuid():N}"[..20];
        await portal.Cluster.StopAsync();
        HttpResponseMessage response;
        try
        {
            response = await browser.GetAsync(path);
        }
        finally
        {
            await portal.Cluster.EnsureStartedAsync();
        }
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Temporarily unavailable", html);
        Assert.DoesNotContain("Npgsql", html);
        Assert.True(await RequestLoggedAsync($"HTTP GET {path} responded 503"), "the request log has no 503 line for the page");
    }

    /// <summary>
    /// The request log line is written when the middleware unwinds, which can be just after the client has
    /// the whole response; waiting for it is waiting for the write, not measuring anything.
    /// </summary>
    private static async Task<bool> RequestLoggedAsync(string text)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (RequestLogLines().Any(line => line.Contains(text, StringComparison.Ordinal)))
            {
                return true;
            }
            await Task.Delay(200);
        }
        return false;
    }

    private static IEnumerable<string> RequestLogLines()
    {
        var logs = Path.Combine(Path.GetTempPath(), "partnerportal-web-tests", "logs");
        foreach (var file in Directory.GetFiles(logs, "portal-*.log"))
        {
            // Shared for writing: the portal still has the file open.
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                yield return line;
            }
        }
    }
}
