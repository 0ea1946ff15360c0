using System.Net;
using System.Net.Sockets;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>A loopback port nothing listens on right now, for a process the test starts.</summary>
public static class FreeLoopbackPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
