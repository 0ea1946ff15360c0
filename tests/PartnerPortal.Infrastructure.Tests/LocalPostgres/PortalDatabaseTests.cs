using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Persistence;
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
            Assert.Equal(LocalPostgresCluster.ApplicationRole, await QueryAsync(second.ConnectionString, "select current_user"));
            Assert.Equal(LocalPostgresCluster.OwnerRole, await QueryAsync(second.OwnerConnectionString, "select current_user"));
            Assert.Equal(LocalPostgresCluster.OwnerRole, await QueryAsync(second.OwnerConnectionString, "select datdba::regrole::text from pg_database where datname = current_database()"));
            Assert.Equal("False", await QueryAsync(second.OwnerConnectionString,
                $"select bool_or(rolsuper or rolcreaterole or rolcreatedb or rolbypassrls) from pg_roles where rolname in ('{LocalPostgresCluster.ApplicationRole}', '{LocalPostgresCluster.OwnerRole}')"));

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
        // An operator's set-up from before the roles: one login migrates and serves (ApplicationRoleGrants warns).
        Assert.Equal(connectionString, database.OwnerConnectionString);
        Assert.False(Directory.Exists(dataDirectory));
    }

    [Fact]
    public async Task With_both_connection_strings_it_migrates_as_the_owner_and_serves_as_the_application()
    {
        var test = await TestPostgres.CreateDatabaseAsync();
        var database = Create(("ConnectionStrings:Portal", test.ConnectionString), ("ConnectionStrings:PortalOwner", test.OwnerConnectionString));

        await database.StartAsync();

        Assert.Equal((test.ConnectionString, test.OwnerConnectionString), (database.ConnectionString, database.OwnerConnectionString));
    }

    [Fact]
    public async Task The_owners_connection_string_without_the_portals_is_refused_naming_both()
    {
        var database = Create(("ConnectionStrings:PortalOwner", "Host=localhost;Username=partnerportal_owner"));

        var refused = await Assert.ThrowsAsync<LocalPostgresException>(() => database.StartAsync());

        Assert.Contains("ConnectionStrings:PortalOwner is set but ConnectionStrings:Portal is not", refused.Message);
    }

    [Fact]
    public async Task An_embedded_data_directory_from_before_the_roles_is_handed_to_them_on_start_and_keeps_its_data()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("portal-data-old-").FullName;
        var cluster = new LocalPostgresCluster(dataDirectory, PostgresBinaries.FindOrThrow());
        await cluster.EnsureStartedAsync();
        try
        {
            // What an earlier version left: the database and all in it the superuser's, through whose connection alone
            // the portal migrated and wrote; no roles; a settings file with the superuser's password only.
            await ExecuteAsync(cluster.SuperuserConnectionString("postgres"), $"CREATE DATABASE {PortalDatabase.DatabaseName}");
            await using (var earlier = await PortalServices.CreateAsync(settings: new Dictionary<string, string?>
                         {
                             ["ConnectionStrings:Portal"] = cluster.SuperuserConnectionString(PortalDatabase.DatabaseName),
                         }))
            {
                await using var scope = earlier.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<UserAdministration>().EnsureRolesAsync();
                await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync("ana@example.org", [PortalRoles.Analyst], "a long enough passphrase");
            }
            await ExecuteAsync(cluster.SuperuserConnectionString("postgres"), $"DROP ROLE {LocalPostgresCluster.ApplicationRole}; DROP ROLE {LocalPostgresCluster.OwnerRole}");
            var settingsFile = Path.Combine(dataDirectory, "postgres.json");
            var settings = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(settingsFile))!.AsObject();
            settings.Remove("OwnerPassword");
            settings.Remove("ApplicationPassword");
            await File.WriteAllTextAsync(settingsFile, settings.ToJsonString());
            var auditEntries = await QueryAsync(cluster.SuperuserConnectionString(PortalDatabase.DatabaseName), "select count(*) from audit_log");

            var database = Create(("Portal:DataDirectory", dataDirectory));
            await database.StartAsync();
            var settingsAfter = TestDatabaseSettings(database);
            await using var upgraded = await PortalServices.CreateAsync(settings: settingsAfter);

            Assert.Equal("0", await QueryAsync(database.OwnerConnectionString,
                $"select count(*) from pg_class where relnamespace = 'public'::regnamespace and relowner <> '{LocalPostgresCluster.OwnerRole}'::regrole"));
            Assert.Equal("0", await QueryAsync(database.OwnerConnectionString,
                $"select count(*) from pg_proc where pronamespace = 'public'::regnamespace and proowner <> '{LocalPostgresCluster.OwnerRole}'::regrole"));
            Assert.Null(await upgraded.GetRequiredService<ApplicationRoleGrants>().ApplyAsync());
            await using (var scope = upgraded.CreateAsyncScope())
            {
                var users = await scope.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync();
                Assert.Contains(users, u => u.Email == "ana@example.org");
                await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync("bo@example.org", [PortalRoles.Analyst], "a long enough passphrase");
            }
            Assert.True(int.Parse(await QueryAsync(database.ConnectionString, "select count(*) from audit_log")) > int.Parse(auditEntries));
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(database.ConnectionString, "DELETE FROM audit_log"));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
            Assert.Contains("ApplicationPassword", await File.ReadAllTextAsync(settingsFile));
        }
        finally
        {
            await cluster.StopAsync();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static Dictionary<string, string?> TestDatabaseSettings(PortalDatabase database) => new()
    {
        ["ConnectionStrings:Portal"] = database.ConnectionString,
        ["ConnectionStrings:PortalOwner"] = database.OwnerConnectionString,
    };

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
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
