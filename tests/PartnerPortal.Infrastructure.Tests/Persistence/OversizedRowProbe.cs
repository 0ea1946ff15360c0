using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace PartnerPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// Run in a process whose heap is too small for one row of its query: the row's buffer cannot be allocated
/// inside Npgsql's read, mid-result. Then the next query on the same pooled connection (a pool of one) must get
/// its own answer. Prints what happened; exit code 0 when it did.
/// </summary>
public static class OversizedRowProbe
{
    public const string Name = "oversized-row";

    /// <summary>Where the child finds its database (an argument would show the password to every process list).</summary>
    public const string ConnectionStringVariable = "PARTNERPORTAL_PROBE_DATABASE";

    /// <summary>The row is this many characters; the child's heap is well below it.</summary>
    public const int RowCharacters = 200_000_000;

    public static async Task<int> RunAsync(string connectionString)
    {
        // As every host does: the services install the portal's guards.
        new ServiceCollection().AddInfrastructure();
        var pool = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 1 }.ConnectionString;
        try
        {
            await using var connection = new NpgsqlConnection(pool);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"SELECT n, CASE WHEN n = 2 THEN repeat('x', {RowCharacters}) ELSE 'small' END FROM generate_series(1, 5) n", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine($"row {reader.GetInt32(0)}");
            }
            Console.WriteLine("the oversized row was read: the heap was not small enough to test anything");
            return 3;
        }
        catch (OutOfMemoryException)
        {
            Console.WriteLine("out of memory while reading the oversized row");
        }
        try
        {
            await using var connection = new NpgsqlConnection(pool);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT 'the next query''s own row'", connection);
            Console.WriteLine($"next query: {await command.ExecuteScalarAsync()}");
            return 0;
        }
        catch (Exception e)
        {
            Console.WriteLine($"next query failed: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }
}
