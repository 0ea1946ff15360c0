using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Accounts;
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

    [Fact]
    public async Task User_and_role_changes_are_audited_with_who_did_it_and_the_values_before_and_after()
    {
        var adminEmail = await portal.AddUserAsync(PortalRoles.Admin);
        var admin = await portal.SignedInAsync(adminEmail);
        var personEmail = await portal.AddUserAsync(PortalRoles.Analyst);

        var page = await admin.GetStringAsync("/admin/users");
        var userId = System.Text.RegularExpressions.Regex.Match(page, $"data-email=\"{personEmail}\"[\\s\\S]*?name=\"_handler\" value=\"(user-[^\"]+)\"").Groups[1].Value;
        var token = PortalFactory.AntiforgeryToken(page);
        var saveRoles = await admin.PostAsync("/admin/users", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("_handler", userId), new("action", "save-roles"),
            new("roles", PortalRoles.Analyst), new("roles", PortalRoles.PortfolioManager),
        ]));
        var disable = await admin.PostAsync("/admin/users", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("_handler", userId), new("action", "disable")]));
        var resetLink = await admin.PostAsync("/admin/users", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("_handler", userId), new("action", "enable")]));

        Assert.Equal(HttpStatusCode.OK, saveRoles.StatusCode);
        Assert.Contains("Roles of", await saveRoles.Content.ReadAsStringAsync());
        Assert.Contains("is disabled", await disable.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, resetLink.StatusCode);
        var entries = await EntriesAsync();
        var roleChange = entries.Last(a => a.Action == "user.roles-changed" && a.NewValues!.Contains(personEmail));
        Assert.Equal(adminEmail, roleChange.Actor);
        Assert.Contains("[\"Analyst\"]", roleChange.OldValues);
        Assert.Contains("[\"Analyst\",\"PortfolioManager\"]", roleChange.NewValues);
        Assert.Contains(entries, a => a.Action == "modified" && a.EntityType == nameof(PortalUser) && a.Actor == adminEmail
            && a.NewValues!.Contains("\"IsDisabled\":true") && a.OldValues!.Contains("\"IsDisabled\":false"));
        Assert.Contains(entries, a => a.Action == "added" && a.EntityType == nameof(PortalUser) && a.NewValues!.Contains(personEmail));
        Assert.DoesNotContain(entries, a => (a.NewValues ?? "").Contains("PasswordHash"));
    }

    [Fact]
    public async Task A_framework_edit_is_audited_with_old_and_new_values_and_seeding_leaves_one_summary()
    {
        var adminEmail = await portal.AddUserAsync(PortalRoles.Admin);
        var admin = await portal.SignedInAsync(adminEmail);
        var page = await admin.GetStringAsync("/framework/criteria/feasibility/edit");
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;

        await Framework.CriterionEditingTests.SaveAsync(admin, "/framework/criteria/feasibility/edit", (PortalFactory.AntiforgeryToken(page), version),
            "Feasibility", "Whether collaboration can work in practice");

        var entries = await EntriesAsync();
        var edit = entries.Single(a => a.EntityType == "Criterion" && a.Action == "modified");
        Assert.Equal(adminEmail, edit.Actor);
        Assert.Contains("Theviabilityofimplementingcollaborationinpractice", edit.OldValues);
        Assert.Contains("Whethercollaborationcanworkinpractice", edit.NewValues);
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
    public async Task Admins_can_filter_the_audit_log_and_export_it_as_csv()
    {
        var adminEmail = await portal.AddUserAsync(PortalRoles.Admin);
        var admin = await portal.SignedInAsync(adminEmail);

        var filtered = await admin.GetStringAsync($"/admin/audit?actor={Uri.EscapeDataString("system")}&entity=StudySeed");
        var csv = await admin.GetStringAsync("/admin/audit/export.csv");

        Assert.Contains("seed.applied", filtered);
        Assert.DoesNotContain(adminEmail, filtered.Split("audit-entry").Skip(1).FirstOrDefault() ?? "");
        Assert.StartsWith("id,occurred_at,actor,action,entity_type,entity_key,old_values,new_values,comment", csv);
        Assert.Contains("seed.applied", csv);
    }
}
