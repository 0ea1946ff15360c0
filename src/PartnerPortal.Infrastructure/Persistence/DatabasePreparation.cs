using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Publishing;
using PartnerPortal.Infrastructure.Seeding;

namespace PartnerPortal.Infrastructure.Persistence;

public static class DatabasePreparation
{
    /// <summary>Any constant both instances agree on: the key of the advisory lock that lets one instance prepare the database at a time.</summary>
    private const long PreparationLock = 0x5061_7274_6E65_72; // "Partner"

    /// <summary>
    /// Starts (or connects to) the database, applies migrations and, unless switched off, seeds the study.
    /// Instances starting together against one database take turns (a PostgreSQL advisory lock, released with
    /// the connection even if the instance dies): the first migrates and seeds, the next finds nothing to do.
    /// </summary>
    public static async Task PreparePortalDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var database = services.GetRequiredService<PortalDatabase>();
        await database.StartAsync(cancellationToken);
        await using var lockConnection = new NpgsqlConnection(database.ConnectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({PreparationLock})", lockConnection) { CommandTimeout = 0 })
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }
        await PrepareAsync(services, cancellationToken);
        await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({PreparationLock})", lockConnection);
        await release.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The key that protects cookies and form tokens, made here under the lock: two instances starting on an
    /// empty key ring would each make one, and a sign-in on one could then be unreadable on the other.
    /// </summary>
    private static void EnsureSigningKey(IKeyManager keys)
    {
        var now = DateTimeOffset.UtcNow;
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now.AddDays(2)))
        {
            keys.CreateNewKey(now, now.AddDays(90));
        }
    }

    private static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        EnsureSigningKey(services.GetRequiredService<IKeyManager>());
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().EnsureRolesAsync();
        }
        var configuration = services.GetRequiredService<IConfiguration>();
        if (configuration.GetValue("Portal:SeedOnStartup", true))
        {
            var seed = StudySeedData.Load(SeedDataDirectory.Resolve(configuration));
            await services.GetRequiredService<StudySeeder>().SeedAsync(seed, cancellationToken);
        }
        // After the seed, which writes the study's round as published: no published round is left reading live data.
        await services.GetRequiredService<RoundSnapshotWriter>().TakeMissingAsync(cancellationToken);
    }
}
