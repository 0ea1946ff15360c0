using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Web.Tests.Features.Admin;

public class AuditTrailTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var entries = await db.AuditLog.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        // jsonb stores values in its own spacing; compare without it.
        entries.ForEach(a => (a.OldValues, a.NewValues) = (a.OldValues?.Replace(" ", ""), a.NewValues?.Replace(" ", "")));
        return entries;
    }

    // A framework edit's entry, by the admin's name with old and new values, is proven through the editor in Framework.CriterionEditingTests.
    [Fact]
    public async Task Seeding_leaves_one_summary_entry()
    {
        var entries = await EntriesAsync();

        Assert.Single(entries, a => a.Action == "seed.applied");
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_an_audit_entry_to_the_portals_connection_and_to_the_tables_owner()
    {
        await portal.AddUserAsync(PortalRoles.Analyst);

        foreach (var (connectionString, refusal) in new[]
                 {
                     (portal.Database.ConnectionString, "permission denied for table audit_log"),
                     (portal.Database.OwnerConnectionString, "audit_log is append-only"),
                 })
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            foreach (var sql in new[] { "update audit_log set actor = 'someone else'", "delete from audit_log", "truncate audit_log" })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
                Assert.Contains(refusal, error.MessageText);
            }
        }
    }

    [Fact]
    public async Task The_audit_page_is_served_to_admins_and_its_export_takes_the_pages_filters()
    {
        var adminEmail = await portal.AddUserAsync(PortalRoles.Admin);
        var admin = await portal.SignedInAsync(adminEmail);

        var page = await admin.GetStringAsync("/admin/audit");
        var studyData = await admin.GetStringAsync($"/admin/audit/export.csv?person=system&kind={Uri.EscapeDataString("Study data")}");
        var everything = await admin.GetStringAsync("/admin/audit/export.csv");
        var unknownKind = await admin.GetAsync("/admin/audit/export.csv?kind=IdentityRole");

        Assert.Contains("Export CSV", page);
        Assert.Contains("mud-table", page);
        var rows = studyData.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,occurred_at,actor,action,entity_type,entity_key,old_values,new_values,comment", rows[0]);
        Assert.All(rows.Skip(1), row => Assert.Contains(",system,seed.applied,StudySeed,", row));
        Assert.Single(rows.Skip(1));
        Assert.Contains(adminEmail, everything);
        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.StatusCode);
    }
}
