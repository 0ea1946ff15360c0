using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PartnerPortal.Web.Hosting;

/// <summary>
/// Which reverse proxies may tell the portal the client's address and scheme (X-Forwarded-For/-Proto):
/// loopback always, as ASP.NET Core does, plus <c>Portal:ForwardedHeaders:KnownProxies</c> (addresses) and
/// <c>Portal:ForwardedHeaders:KnownNetworks</c> (CIDR ranges, e.g. a container network), comma-separated.
/// Anyone else's forwarded headers are ignored, so a client cannot claim https or another address.
/// </summary>
public static class TrustedProxies
{
    public static ForwardedHeadersOptions Options(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var address in List(configuration["Portal:ForwardedHeaders:KnownProxies"]))
        {
            options.KnownProxies.Add(IPAddress.TryParse(address, out var ip) ? ip
                : throw new InvalidOperationException($"Portal:ForwardedHeaders:KnownProxies: '{address}' is not an IP address."));
        }
        foreach (var network in List(configuration["Portal:ForwardedHeaders:KnownNetworks"]))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range) ? range
                : throw new InvalidOperationException($"Portal:ForwardedHeaders:KnownNetworks: '{network}' is not a CIDR range such as 10.0.0.0/8."));
        }
        return options;
    }

    private static string[] List(string? text) => (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
