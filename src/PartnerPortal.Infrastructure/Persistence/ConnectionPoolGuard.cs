using System.Runtime.ExceptionServices;
using Npgsql;

namespace PartnerPortal.Infrastructure.Persistence;

/// <summary>
/// Keeps out of the pool the connections Npgsql 10 can leave in a state where the next request on them reads a
/// wrong answer ("Received unexpected backend message DataRow", issue 14). Two such failures are known:
/// <list type="bullet">
/// <item>A parameter PostgreSQL refuses while binding it (a NUL byte in text: 22021; any other data exception,
/// class 22) on the execution that auto-prepares the statement (Max Auto Prepare): PostgreSQL has parsed the
/// statement, so Npgsql records it as prepared, but the row description that comes after the bind never
/// came. The next execution of that statement on that connection takes its rows for a statement without
/// rows, and fails on the first one.</item>
/// <item>An <see cref="OutOfMemoryException"/> inside Npgsql's own read (the buffer for a row larger than its
/// 8 KB one): the reader marks the result consumed without reading it, and the connection goes back to the
/// pool with the rest of the result unread, for the next request to read as its own.</item>
/// </list>
/// Other failures leave nothing behind: other PostgreSQL errors end at the server's ReadyForQuery, cancellation
/// waits for it or breaks the connection, and an exception in the code reading rows lets the reader consume the
/// rest when disposed (PooledConnectionTests). After either of the two, every pool is cleared: the connections in
/// use — the failing one among them — are closed when returned instead of pooled, the idle ones at once. Both
/// are rare (a NUL byte is refused before any query by the web host's MalformedRequestGuard, and the importer's
/// bounds keep memory flat); a cleared pool only costs reconnecting.
/// </summary>
public static class ConnectionPoolGuard
{
    private static int _installed;

    [ThreadStatic]
    private static bool _clearing;

    /// <summary>Idempotent; every host installs it through <see cref="DependencyInjection.AddInfrastructure"/>.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            AppDomain.CurrentDomain.FirstChanceException += ClearPoolsAfterUnsafeFailure;
        }
    }

    /// <summary>A data exception (class 22), or a bind message PostgreSQL refused (08P01).</summary>
    public static bool RefusedWhileBinding(PostgresException e) => e.SqlState.StartsWith("22", StringComparison.Ordinal) || e.SqlState == PostgresErrorCodes.ProtocolViolation;

    // First chance: on the failing thread, while the connection is still taken, before the exception unwinds to the
    // code that returns it to the pool.
    private static void ClearPoolsAfterUnsafeFailure(object? sender, FirstChanceExceptionEventArgs e)
    {
        if (_clearing || e.Exception is not (OutOfMemoryException or PostgresException))
        {
            return;
        }
        if (e.Exception is PostgresException refused && !RefusedWhileBinding(refused))
        {
            return;
        }
        _clearing = true;
        try
        {
            NpgsqlConnection.ClearAllPools();
        }
        catch (Exception)
        {
            // Short of memory, clearing may fail too; an exception escaping this handler would replace the
            // original one, so it is dropped. A connection that then reaches the pool breaks on its next use.
        }
        finally
        {
            _clearing = false;
        }
    }
}
