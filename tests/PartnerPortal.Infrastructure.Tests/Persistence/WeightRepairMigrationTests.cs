using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// Before weights were bounded, 1e308 was stored as zeros (and NaN or infinity passed the old check): such rounds
/// failed every analysis for good. The migration that bounds weights repairs them on the way.
/// </summary>
public class WeightRepairMigrationTests
{
    [Fact]
    public async Task Migrating_removes_weights_no_analysis_could_use_with_an_audit_entry_and_normalises_usable_ones()
    {
        await using var services = await PortalServices.CreateAsync(migrate: false);
        var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        // The study is seeded through today's model, then the schema goes back to before the bounds, where such
        // weights could be stored: seeding an old schema with today's seeder would fail on every new column.
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await services.GetRequiredService<ApplicationRoleGrants>().ApplyAsync();
        await services.GetRequiredService<StudySeeder>().SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));
        var zeros = await StudyRoundCopy.CreateAsync(services, "zeros");
        var notANumber = await StudyRoundCopy.CreateAsync(services, "not-a-number");
        var raw = await StudyRoundCopy.CreateAsync(services, "raw");
        await using (var db = services.GetRequiredService<OwnerDbContextFactory>().CreateDbContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261130120000_UserSessions");
        }
        await using (var connection = new NpgsqlConnection(services.GetRequiredService<PortalDatabase>().ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("""
                INSERT INTO round_criterion_weights (round_id, criterion_id, weight)
                SELECT r.id, c.id, CASE r.slug WHEN 'zeros' THEN 0
                                               WHEN 'not-a-number' THEN CASE WHEN c.position = 1 THEN 'NaN'::float8 ELSE 1 END
                                               ELSE CASE WHEN c.position = 1 THEN 2 ELSE 1 END END
                FROM rounds r CROSS JOIN criteria c WHERE r.slug IN ('zeros', 'not-a-number', 'raw')
                """, connection);
            Assert.Equal(15, await insert.ExecuteNonQueryAsync());
        }

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();

        await using var after = await contexts.CreateDbContextAsync();
        Assert.False(await after.RoundCriterionWeights.AnyAsync(w => w.RoundId == zeros.Id || w.RoundId == notANumber.Id));
        var repaired = await after.AuditLog.Where(a => a.Action == "weights.repaired").Select(a => a.EntityKey).OrderBy(k => k).ToListAsync();
        Assert.Equal(["not-a-number", "zeros"], repaired);
        var normalised = await after.RoundCriterionWeights.Where(w => w.RoundId == raw.Id).Select(w => w.Weight).ToListAsync();
        Assert.Equal(5, normalised.Count);
        Assert.Equal(2.0 / 6, normalised.Max(), 12);
        Assert.All(normalised.Order().Take(4), w => Assert.Equal(1.0 / 6, w, 12));
    }
}
