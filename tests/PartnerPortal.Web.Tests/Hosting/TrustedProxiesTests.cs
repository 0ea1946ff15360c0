using System.Net;
using Microsoft.Extensions.Configuration;
using PartnerPortal.Web.Hosting;

namespace PartnerPortal.Web.Tests.Hosting;

public class TrustedProxiesTests
{
    private static IConfiguration Settings(string? proxies, string? networks) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:ForwardedHeaders:KnownProxies"] = proxies, ["Portal:ForwardedHeaders:KnownNetworks"] = networks })
        .Build();

    [Fact]
    public void Configured_proxies_and_networks_are_trusted_besides_loopback()
    {
        var options = TrustedProxies.Options(Settings("10.0.0.5, 10.0.0.6", "172.18.0.0/16"));

        Assert.Contains(IPAddress.Parse("10.0.0.5"), options.KnownProxies);
        Assert.Contains(IPAddress.Parse("10.0.0.6"), options.KnownProxies);
        Assert.Contains(IPAddress.IPv6Loopback, options.KnownProxies);
        Assert.Contains(options.KnownIPNetworks, n => n.ToString() == "127.0.0.0/8");
        Assert.Contains(options.KnownIPNetworks, n => n.ToString() == "172.18.0.0/16");
    }

    [Fact]
    public void A_proxy_that_is_not_an_address_stops_the_portal_with_the_setting_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TrustedProxies.Options(Settings("proxy.internal", null)));

        Assert.Contains("Portal:ForwardedHeaders:KnownProxies: 'proxy.internal' is not an IP address.", error.Message);
    }
}
