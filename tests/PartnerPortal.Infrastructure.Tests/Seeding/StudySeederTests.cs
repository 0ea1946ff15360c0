using PartnerPortal.Domain.Framework;
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
        Assert.Equal(25, counts["scale_levels"]);
        Assert.Equal(54, counts["longlist_evidence"]);
        Assert.Equal(120, counts["shortlist_partners"]);
        Assert.Equal(11, counts["statement_rules"]);
        Assert.Equal(31, counts["technology_sensitivities"]);
        Assert.Equal(13, counts["criterion_indicator_links"]);
        Assert.Equal(1, report.Added["rounds"]);
    }

    [Fact]
    public async Task Every_study_technology_gets_its_research_security_tagging_and_an_admin_retagging_is_kept()
    {
        await using var services = await PortalServices.CreateAsync();
        var seeder = services.GetRequiredService<StudySeeder>();
        var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await seeder.SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var quantum = await db.TechnologySensitivities.SingleAsync(s => s.TechnologyId == db.Technologies.Single(t => t.Slug == "quantum-systems-manufacturing").Id);
            Assert.Equal([Domain.ResearchSecurity.CriticalTechnologyArea.Quantum], quantum.Areas);
            Assert.Equal(Domain.ResearchSecurity.SensitivityLevel.High, quantum.Level);
            var plastics = await db.TechnologySensitivities.SingleAsync(s => s.TechnologyId == db.Technologies.Single(t => t.Slug == "sustainable-plastics").Id);
            Assert.Equal(Domain.ResearchSecurity.SensitivityLevel.Low, plastics.Level);
            quantum.DualUse = false;
            quantum.Areas = [Domain.ResearchSecurity.CriticalTechnologyArea.Energy];
            await db.SaveChangesAsync();
        }

        await seeder.SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));

        await using var check = await contexts.CreateDbContextAsync();
        var kept = await check.TechnologySensitivities.SingleAsync(s => s.TechnologyId == check.Technologies.Single(t => t.Slug == "quantum-systems-manufacturing").Id);
        Assert.Equal(Domain.ResearchSecurity.SensitivityLevel.Medium, kept.Level);
        Assert.Equal(31, await check.TechnologySensitivities.CountAsync());
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

    [Fact]
    public async Task Statement_rules_an_admin_deleted_are_not_seeded_again()
    {
        await using var services = await PortalServices.CreateAsync();
        var seeder = services.GetRequiredService<StudySeeder>();
        var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await seeder.SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.StatementRules.Where(r => r.Statement.Contains("unicorns")).ExecuteDeleteAsync();
        }

        await seeder.SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));

        await using var check = await contexts.CreateDbContextAsync();
        Assert.Equal(10, await check.StatementRules.CountAsync());
    }

    [Fact]
    public async Task A_database_seeded_before_the_anchored_scale_gets_it_and_a_reworded_scale_is_kept()
    {
        await using var services = await PortalServices.CreateAsync();
        var seeder = services.GetRequiredService<StudySeeder>();
        var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await seeder.SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));
        await using (var db = await contexts.CreateDbContextAsync())
        {
            // As a database seeded before scale levels existed: feasibility has none; rie's level 3 was reworded.
            await db.Set<ScaleLevel>().Where(l => l.CriterionId == db.Criteria.Single(c => c.Code == "feasibility").Id).ExecuteDeleteAsync();
            await db.Set<ScaleLevel>().Where(l => l.Level == 3 && l.CriterionId == db.Criteria.Single(c => c.Code == "rie").Id)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.Description, "Reworded by an admin"));
        }

        var report = await seeder.SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));

        Assert.Equal(5, report.Added["scale levels"]);
        await using var check = await contexts.CreateDbContextAsync();
        Assert.Equal(25, await check.Set<ScaleLevel>().CountAsync());
        Assert.Equal(1, await check.Set<ScaleLevel>().CountAsync(l => l.Description == "Reworded by an admin"));
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
