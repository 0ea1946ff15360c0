using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Seeding;

public class StudySeederTests
{
    [Fact]
    public async Task Seeding_loads_the_whole_study_into_postgresql()
    {
        await using var services = await PortalServices.CreateAsync();

        var report = await services.GetRequiredService<StudySeeder>().SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));

        var counts = await CountRowsAsync(services);
        Assert.Equal(33, counts["technology_domains"]);
        Assert.Equal(19, counts["guiding_questions"]);
        Assert.Equal(54, counts["longlist_evidence"]);
        Assert.Equal(120, counts["shortlist_partners"]);
        Assert.Equal(1, report.Added["rounds"]);
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        await using var services = await PortalServices.CreateAsync();
        var seeder = services.GetRequiredService<StudySeeder>();
        await seeder.SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));
        var before = await CountRowsAsync(services);

        var second = await seeder.SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));

        Assert.Equal(0, second.Total);
        Assert.Equal(before, await CountRowsAsync(services));
    }

    [Fact]
    public async Task Seeding_again_keeps_what_an_admin_has_since_edited()
    {
        await using var services = await PortalServices.CreateAsync();
        var seeder = services.GetRequiredService<StudySeeder>();
        var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await seeder.SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var feasibility = await db.Criteria.SingleAsync(c => c.Code == "feasibility");
            feasibility.Definition = "Edited by an admin";
            await db.SaveChangesAsync();
        }

        await seeder.SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));

        await using var check = await contexts.CreateDbContextAsync();
        Assert.Equal("Edited by an admin", (await check.Criteria.SingleAsync(c => c.Code == "feasibility")).Definition);
    }

    private static async Task<Dictionary<string, long>> CountRowsAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().Order().ToList();
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"select count(*) from {table}", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }
}
