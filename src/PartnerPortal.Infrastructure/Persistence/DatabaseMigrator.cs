using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace PartnerPortal.Infrastructure.Persistence;

public sealed class DatabaseMigrator(IDbContextFactory<PortalDbContext> contextFactory, ILogger<DatabaseMigrator> logger)
{
    /// <returns>The migrations the database now has.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // On a brand-new database EF Core logs a spurious error reading the absent history table
        // (dotnet/efcore#37328); creating it first (idempotently) keeps first-run logs honest.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        // EF Core takes a database-wide lock while migrating, so concurrent instances apply each migration once.
        await db.Database.MigrateAsync(cancellationToken);
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        logger.LogInformation("Database schema is up to date at {LatestMigration} ({MigrationCount} migrations)",
            applied.LastOrDefault(), applied.Count);
        return applied;
    }
}
