using System.Net.Sockets;
using Npgsql;

namespace PartnerPortal.Web.Hosting;

/// <summary>Tells a database that cannot be reached (stopped, restarting, network gone) from a bug, so people are told to retry rather than to report.</summary>
public static class DatabaseOutage
{
    public static bool Caused(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException or TimeoutException
                || e is NpgsqlException { IsTransient: true }
                || e is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.CrashShutdown })
            {
                return true;
            }
        }
        return false;
    }
}
