using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerPortal.Web.Tests;

/// <summary>
/// The portal on Kestrel, plain http on a free loopback port, so Kestrel's own request limits apply (the
/// in-memory test server has none). Production otherwise; indicator files up to <see cref="ImportLimitMegabytes"/> MB.
/// </summary>
public class KestrelPortalFactory : PortalFactory, IAsyncLifetime
{
    public const int ImportLimitMegabytes = 50;

    public Uri Address { get; private set; } = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Plain http here, so cookies must not be https-only (as on a single-host trial).
        builder.UseSetting("Portal:AllowPlainHttp", "true");
        builder.UseSetting("Portal:Import:MaximumFileMegabytes", ImportLimitMegabytes.ToString());
    }

    /// <summary>A client of the real server, keeping cookies, not following redirects.</summary>
    public HttpClient CreateHttpClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromMinutes(2),
        };

    public async Task<HttpClient> SignedInOverHttpAsync(string email)
    {
        var client = CreateHttpClient();
        var response = await SubmitFormAsync(client, "/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {email} failed: {(int)response.StatusCode}");
        return client;
    }
}
