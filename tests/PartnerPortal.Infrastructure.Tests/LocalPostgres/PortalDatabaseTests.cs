using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.LocalPostgres;

public class PortalDatabaseTests
{
    private static PortalDatabase Create(params (string Key, string? Value)[] settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build(),
            NullLogger<PortalDatabase>.Instance);

    [Fact]
    public async Task Without_a_connection_string_it_starts_its_own_cluster_then_a_second_start_reuses_it()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("portal-data-").FullName;
        var first = Create(("Portal:DataDirectory", dataDirectory));
        var second = Create(("Portal:DataDirectory", dataDirectory));
        try
        {
            await first.StartAsync();
            await second.StartAsync();

            Assert.True(first.IsEmbedded);
            Assert.Equal(first.ConnectionString, second.ConnectionString);
            Assert.True(File.Exists(Path.Combine(dataDirectory, "postgres", "PG_VERSION")));
            Assert.Equal(PortalDatabase.DatabaseName, await QueryAsync(second.ConnectionString, "select current_database()"));

            // The reusing instance did not start the server, so it must not stop it under the first one's feet.
            await second.StopAsync();
            Assert.Equal(PortalDatabase.DatabaseName, await QueryAsync(first.ConnectionString, "select current_database()"));
        }
        finally
        {
            await first.StopAsync();
        }
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => QueryAsync(first.ConnectionString, "select 1"));
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task With_a_connection_string_it_uses_that_server_and_starts_nothing()
    {
        var connectionString = (await TestPostgres.CreateDatabaseAsync()).ConnectionString;
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"never-created-{Guid.NewGuid():N}");
        var database = Create(("ConnectionStrings:Portal", connectionString), ("Portal:DataDirectory", dataDirectory));

        await database.StartAsync();

        Assert.False(database.IsEmbedded);
        Assert.Equal(connectionString, database.ConnectionString);
        Assert.False(Directory.Exists(dataDirectory));
    }

    [Fact]
    public void Missing_postgresql_binaries_give_one_line_naming_the_debian_package()
    {
        var error = Assert.Throws<PostgresNotInstalledException>(() => PostgresBinaries.FindOrThrow(searchPath: []));

        Assert.Contains("apt-get install -y postgresql", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static async Task<string> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync())!;
    }
}
