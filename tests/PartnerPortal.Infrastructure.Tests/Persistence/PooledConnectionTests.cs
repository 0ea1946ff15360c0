using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// Issue 14: "Received unexpected backend message DataRow" on /admin/audit, after errors from NUL bytes, in a
/// process that had run out of memory. A failed command must never return its connection to the pool in a state
/// where the next request reads a wrong answer. The pool here holds one connection, auto-preparing statements
/// from their second use (the portal's embedded database auto-prepares too, Max Auto Prepare=64), so the next
/// query gets the connection the failed one used, unless it was closed instead of pooled.
/// </summary>
public class PooledConnectionTests : IAsyncLifetime
{
    private string _database = "";
    private string _pool = "";

    public async Task InitializeAsync()
    {
        // As every host does: the services install the portal's guards (ConnectionPoolGuard).
        new ServiceCollection().AddInfrastructure();
        // The owner's connection: this table of the test's own is no portal table, granted to no one.
        _database = (await TestPostgres.CreateDatabaseAsync("pool")).OwnerConnectionString;
        _pool = new NpgsqlConnectionStringBuilder(_database) { MaxPoolSize = 1, MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 }.ConnectionString;
        await using var connection = new NpgsqlConnection(_pool);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand("CREATE TABLE entries (actor text); INSERT INTO entries VALUES ('ana'), ('bo')", connection);
        await create.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> AskAsync(string sql, string? parameter = null)
    {
        await using var connection = new NpgsqlConnection(_pool);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.AddWithValue(parameter);
        }
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
        }
        return rows;
    }

    private Task<List<string>> MineAsync() => AskAsync("SELECT 'mine' UNION ALL SELECT 'only mine'");

    [Fact]
    public async Task A_command_refused_for_a_nul_byte_leaves_no_auto_prepared_connection_that_misreads_the_next_queries()
    {
        const string byActor = "SELECT actor FROM entries WHERE actor LIKE $1 ORDER BY actor";
        const string exactActor = "SELECT actor FROM entries WHERE actor = $1";

        // Unprepared; then on a prepared statement (third use); then on the use that prepares a statement (second),
        // which Npgsql 10 records as prepared without the rows' description: its next use read a row as a surprise.
        var refusedFirst = await Assert.ThrowsAsync<PostgresException>(() => AskAsync(byActor, "a\0"));
        var afterFirst = await MineAsync();
        var listed = await AskAsync(byActor, "%");
        await AskAsync(byActor, "%");
        var refusedPrepared = await Assert.ThrowsAsync<PostgresException>(() => AskAsync(byActor, "b\0"));
        var afterPrepared = await MineAsync();
        await AskAsync(exactActor, "ana");
        var refusedPreparing = await Assert.ThrowsAsync<PostgresException>(() => AskAsync(exactActor, "bo\0"));
        var afterPreparing = await MineAsync();
        var exact = await AskAsync(exactActor, "bo");
        var exactAgain = await AskAsync(exactActor, "ana");

        Assert.All([refusedFirst, refusedPrepared, refusedPreparing], e => Assert.Equal(PostgresErrorCodes.CharacterNotInRepertoire, e.SqlState));
        Assert.All([afterFirst, afterPrepared, afterPreparing], rows => Assert.Equal(["mine", "only mine"], rows));
        Assert.Equal(["ana", "bo"], listed);
        Assert.Equal(["bo"], exact);
        Assert.Equal(["ana"], exactAgain);
    }

    [Fact]
    public async Task A_query_cancelled_while_its_rows_are_read_leaves_the_next_query_its_own_rows()
    {
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await using var connection = new NpgsqlConnection(_pool);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT n::text FROM generate_series(1, 5000000) n", connection);
            await using var reader = await command.ExecuteReaderAsync();
            for (var read = 0; await reader.ReadAsync(cancel.Token); read++)
            {
                if (read == 3)
                {
                    await cancel.CancelAsync();
                }
            }
        });
        var next = await MineAsync();

        Assert.Equal(["mine", "only mine"], next);
    }

    [Fact]
    public async Task A_failure_in_the_code_reading_the_rows_leaves_the_connection_answering_the_next_query_with_its_own_rows()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var connection = new NpgsqlConnection(_pool);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT n::text FROM generate_series(1, 100000) n", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (reader.GetString(0) == "3")
                {
                    // As a row's materialisation failing would (the reader's own consumer, not Npgsql).
                    throw new InvalidOperationException("could not materialise the row");
                }
            }
        });
        var next = await MineAsync();

        Assert.Equal(["mine", "only mine"], next);
    }

    [Fact]
    public async Task Running_out_of_memory_inside_npgsqls_read_does_not_leave_the_rest_of_the_result_to_the_next_query()
    {
        // A 96 MB heap cannot take the 200 MB row's buffer, so the allocation fails inside Npgsql, mid-result.
        var child = await ChildProcess.RunAsync(
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x6000000", [OversizedRowProbe.ConnectionStringVariable] = _database },
            OversizedRowProbe.Name);

        Assert.Contains("out of memory while reading the oversized row", child.Output);
        Assert.Contains("next query: the next query's own row", child.Output);
        Assert.Equal(0, child.ExitCode);
    }
}
