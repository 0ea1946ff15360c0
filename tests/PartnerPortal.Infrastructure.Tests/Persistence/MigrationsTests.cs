using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// Migrations are written by hand, so nothing but this test ties them to the EF model: a database built
/// by the migrations must have exactly the schema EF Core would create from the model.
/// </summary>
public class MigrationsTests
{
    [Fact]
    public async Task The_migrated_schema_equals_the_schema_the_model_describes()
    {
        await using var migrated = await PortalServices.CreateAsync(migrate: true);
        await using var modelled = await PortalServices.CreateAsync(migrate: false);
        // As the owner, who migrates: the application's role may create nothing.
        await using (var db = modelled.GetRequiredService<OwnerDbContextFactory>().CreateDbContext())
        {
            Assert.True(await db.Database.EnsureCreatedAsync());
        }

        var fromMigrations = await DescribeSchemaAsync(migrated);
        var fromModel = await DescribeSchemaAsync(modelled);

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
    }

    [Fact]
    public async Task Migrating_an_up_to_date_database_again_applies_nothing()
    {
        await using var services = await PortalServices.CreateAsync(migrate: true);
        var migrator = services.GetRequiredService<DatabaseMigrator>();

        var first = await migrator.MigrateAsync();
        var second = await migrator.MigrateAsync();

        Assert.Equal(first, second);
    }

    /// <remarks>
    /// Constraint triggers (a round's weights sum to 1, checked at commit) are beyond what EF Core models; the
    /// tests of the rule they keep check them against the migrated database instead.
    /// </remarks>
    private static async Task<List<string>> DescribeSchemaAsync(IServiceProvider services)
    {
        const string sql = """
            select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' null=' || is_nullable
                   || ' len=' || coalesce(character_maximum_length::text, '-') || ' identity=' || is_identity
                   || ' default=' || coalesce(column_default, '-')
            from information_schema.columns
            where table_schema = 'public' and table_name not like '\_\_EF%'
            union all
            select 'constraint ' || rel.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
            from pg_constraint con
            join pg_class rel on rel.oid = con.conrelid
            join pg_namespace ns on ns.oid = rel.relnamespace
            where ns.nspname = 'public' and rel.relname not like '\_\_EF%' and con.contype <> 't'
            union all
            select 'index ' || indexdef
            from pg_indexes
            where schemaname = 'public' and tablename not like '\_\_EF%'
            order by 1
            """;
        // As the owner: information_schema shows a role only the columns it has been granted, and the modelled
        // database grants nothing.
        await using var connection = new NpgsqlConnection(services.GetRequiredService<PortalDatabase>().OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
        return lines;
    }
}
