using Npgsql;

namespace PartnerPortal.Infrastructure.Tests;

/// <summary>
/// Stops every write to one table at a chosen moment: a transaction of the test's own holds the table in SHARE
/// mode (reads pass, inserts and updates wait) until it is released. Races are then staged in a fixed order, and
/// the test knows where each side stands by asking PostgreSQL which sessions wait for a lock — no sleeps.
/// </summary>
public sealed class HeldTableLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _holder;
    private readonly NpgsqlConnection _observer;
    private NpgsqlTransaction? _transaction;

    private HeldTableLock(NpgsqlConnection holder, NpgsqlConnection observer) => (_holder, _observer) = (holder, observer);

    /// <param name="connectionString">The connection of the code under test: PostgreSQL shows what a session waits for only to its own role.</param>
    /// <param name="holderConnectionString">
    /// Another role to hold the lock as: a lock that stops inserts needs more than the right to insert, which is all
    /// the portal's role has on the audit log.
    /// </param>
    public static async Task<HeldTableLock> HoldAsync(string connectionString, string table, string? holderConnectionString = null)
    {
        // Pooling off: these two sessions must not be handed to the code under test, nor it theirs.
        static string Unpooled(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        var holder = new NpgsqlConnection(Unpooled(holderConnectionString ?? connectionString));
        var observer = new NpgsqlConnection(Unpooled(connectionString));
        await holder.OpenAsync();
        await observer.OpenAsync();
        var held = new HeldTableLock(holder, observer) { _transaction = await holder.BeginTransactionAsync() };
        await using var command = new NpgsqlCommand($"LOCK TABLE {table} IN SHARE MODE", holder, held._transaction);
        await command.ExecuteNonQueryAsync();
        return held;
    }

    /// <summary>How many sessions of this database wait for a lock now.</summary>
    public async Task<int> WaitingSessionsAsync()
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", _observer);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Returns once <paramref name="sessions"/> sessions wait for a lock, or once <paramref name="done"/> has finished (whichever comes first).</summary>
    public async Task UntilWaitingAsync(int sessions, params Task[] done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await WaitingSessionsAsync() < sessions && !done.Any(t => t.IsCompleted))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Fewer than {sessions} sessions came to wait for a lock within a minute.");
            }
            // Polling PostgreSQL's own view of who waits; the delay only spaces the polls.
            await Task.Delay(10);
        }
    }

    public async Task ReleaseAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync();
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await _holder.DisposeAsync();
        await _observer.DisposeAsync();
    }
}
