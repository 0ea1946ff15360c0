using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace PartnerPortal.Infrastructure.Persistence;

/// <summary>Migrates as the owner, then grants the application's role what it needs (<see cref="ApplicationRoleGrants"/>).</summary>
public sealed class DatabaseMigrator(OwnerDbContextFactory contextFactory, ApplicationRoleGrants grants, ILogger<DatabaseMigrator> logger)
{
    /// <returns>The migrations the database now has.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contextFactory.CreateDbContext();
        // On a brand-new database EF Core logs a spurious error reading the absent history table
        // (dotnet/efcore#37328); creating it first (idempotently) keeps first-run logs honest.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        // EF Core takes a database-wide lock while migrating, so concurrent instances apply each migration once.
        await db.Database.MigrateAsync(cancellationToken);
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        logger.LogInformation("Database schema is up to date at {LatestMigration} ({MigrationCount} migrations)",
            applied.LastOrDefault(), applied.Count);
        await grants.ApplyAsync(cancellationToken);
        return applied;
    }
}
