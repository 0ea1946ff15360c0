using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Domain.Technologies;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Auditing;

/// <summary>Any change saved through the DbContext leaves an audit entry, whatever screen or command made it.</summary>
public class AuditingInterceptorTests : SeededStudyTests
{
    [Fact]
    public async Task Changing_longlist_evidence_and_a_shortlist_decision_records_both_with_old_and_new_values()
    {
        await using (var db = await ContextAsync())
        {
            var evidence = await db.LonglistEvidence.OrderBy(e => e.Id).FirstAsync();
            evidence.HomeTrackRecord = RequirementStatus.No;
            var partner = await db.Set<ShortlistPartner>().OrderBy(p => p.Id).FirstAsync();
            partner.Decision = ShortlistDecision.Deferred;
            partner.DecisionRationale = "Wait for the partner's funding cycle";
            await db.SaveChangesAsync();
        }

        await using var check = await ContextAsync();
        var entries = await check.AuditLog.AsNoTracking().Where(a => a.Action == "modified").ToListAsync();
        var evidenceEntry = Assert.Single(entries, a => a.EntityType == nameof(LonglistEvidence));
        Assert.Contains("\"HomeTrackRecord\": \"Yes\"", evidenceEntry.OldValues);
        Assert.Contains("\"HomeTrackRecord\": \"No\"", evidenceEntry.NewValues);
        var decisionEntry = Assert.Single(entries, a => a.EntityType == nameof(ShortlistPartner));
        Assert.Contains("Deferred", decisionEntry.NewValues);
        Assert.Contains("Wait for the partner", decisionEntry.NewValues);
        Assert.Equal("system", decisionEntry.Actor);
    }

    [Fact]
    public async Task A_change_that_fails_to_save_leaves_no_audit_entry()
    {
        long before;
        await using (var db = await ContextAsync())
        {
            before = await db.AuditLog.LongCountAsync();
            var criterion = await db.Criteria.FirstAsync();
            criterion.Name = new string('x', 500);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = await ContextAsync();
        Assert.Equal(before, await check.AuditLog.LongCountAsync());
    }

    [Fact]
    public async Task Deleting_a_row_records_its_last_values()
    {
        await using (var db = await ContextAsync())
        {
            var rationale = await db.Set<ShortlistRationale>().OrderBy(r => r.Id).FirstAsync();
            db.Remove(rationale);
            await db.SaveChangesAsync();
        }

        await using var check = await ContextAsync();
        var entry = await check.AuditLog.AsNoTracking().SingleAsync(a => a.Action == "deleted");
        Assert.Equal(nameof(ShortlistRationale), entry.EntityType);
        Assert.Contains("Considered both an important enabler", entry.OldValues);
        Assert.Null(entry.NewValues);
    }

    [Fact]
    public async Task A_bulk_operation_that_suppressed_auditing_does_not_pass_it_on_to_the_next_user_of_the_pooled_context()
    {
        PortalDbContext first;
        await using (var db = await ContextAsync())
        {
            db.AuditSuppressed = true;
            first = db;
        }

        await using (var db = await ContextAsync())
        {
            Assert.Same(first, db); // the pool hands the same instance back
            Assert.False(db.AuditSuppressed);
            var criterion = await db.Criteria.OrderBy(c => c.Id).FirstAsync();
            criterion.Definition += " (revised)";
            await db.SaveChangesAsync();
        }

        await using var check = await ContextAsync();
        Assert.Equal(1, await check.AuditLog.CountAsync(a => a.Action == "modified" && a.EntityType == "Criterion"));
    }

    [Fact]
    public async Task A_save_refused_for_a_stale_version_leaves_nothing_pending_for_the_next_user_of_the_pooled_context()
    {
        await using (var db = await ContextAsync())
        {
            var mine = await db.Criteria.OrderBy(c => c.Id).FirstAsync();
            await using (var other = await ContextAsync())
            {
                var theirs = await other.Criteria.OrderBy(c => c.Id).FirstAsync();
                theirs.Definition += " (theirs)";
                await other.SaveChangesAsync();
            }
            mine.Definition += " (mine)";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }

        await using (var db = await ContextAsync())
        {
            var theme = await db.Themes.OrderBy(t => t.Id).FirstAsync();
            theme.Name += " (renamed)";
            await db.SaveChangesAsync();
        }

        await using var check = await ContextAsync();
        Assert.EndsWith("(renamed)", (await check.Themes.OrderBy(t => t.Id).FirstAsync()).Name);
        Assert.Equal(1, await check.AuditLog.CountAsync(a => a.EntityType == "Theme" && a.Action == "modified"));
        Assert.Equal(1, await check.AuditLog.CountAsync(a => a.EntityType == "Criterion" && a.Action == "modified"));
    }

    [Fact]
    public async Task An_added_row_records_the_id_the_database_gave_it_and_its_new_parents_id_not_efs_temporary_ones()
    {
        Theme theme;
        TechGroup group;
        await using (var db = await ContextAsync())
        {
            theme = new Theme { Code = "audit-test", Position = 99, Name = "Audit test", LonglistHeading = "Audit", ShortlistHeading = "Audit" };
            group = new TechGroup { Letter = "Z", Name = "Audited group", Theme = theme };
            db.AddRange(theme, group);
            await db.SaveChangesAsync();
        }

        await using var check = await ContextAsync();
        var themeEntry = await check.AuditLog.AsNoTracking().SingleAsync(a => a.Action == "added" && a.EntityType == nameof(Theme));
        var groupEntry = await check.AuditLog.AsNoTracking().SingleAsync(a => a.Action == "added" && a.EntityType == nameof(TechGroup));
        Assert.Equal(theme.Id.ToString(), themeEntry.EntityKey);
        Assert.Equal(theme.Id, Json(themeEntry.NewValues).GetProperty("Id").GetInt32());
        Assert.Equal(group.Id, Json(groupEntry.NewValues).GetProperty("Id").GetInt32());
        Assert.Equal(theme.Id, Json(groupEntry.NewValues).GetProperty("ThemeId").GetInt32());
        Assert.True(theme.Id > 0 && group.Id > 0);
    }

    [Fact]
    public async Task A_password_change_a_reset_and_an_admins_new_password_each_leave_an_entry_without_the_hash()
    {
        const string email = "audited@example.org";
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await accounts.AddAsync(email, [PortalRoles.Analyst], "the first passphrase");

        Assert.True((await users.ChangePasswordAsync(user, "the first passphrase", "the second passphrase")).Succeeded);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Assert.True((await users.ResetPasswordAsync(user, token, "the third passphrase")).Succeeded);
        await accounts.SetPasswordAsync(email, "the fourth passphrase");

        await using var check = await ContextAsync();
        var hash = (await check.Users.SingleAsync(u => u.Email == email)).PasswordHash!;
        var entries = await check.AuditLog.AsNoTracking().Where(a => a.EntityType == nameof(PortalUser) && a.EntityKey == user.Id).OrderBy(a => a.Id).ToListAsync();
        var passwordChanges = entries.Where(a => a.Action == "modified" && Json(a.NewValues).TryGetProperty("Password", out _)).ToList();
        Assert.Equal(3, passwordChanges.Count);
        Assert.All(passwordChanges, a =>
        {
            Assert.Equal("(changed)", Json(a.NewValues).GetProperty("Password").GetString());
            Assert.Equal("(withheld)", Json(a.OldValues).GetProperty("Password").GetString());
            Assert.Equal("(changed)", Json(a.NewValues).GetProperty("SecurityStamp").GetString());
        });
        Assert.DoesNotContain(entries, a => $"{a.OldValues}{a.NewValues}".Contains(hash) || $"{a.OldValues}{a.NewValues}".Contains("PasswordHash"));
    }

    [Fact]
    public async Task A_synchronous_save_of_rows_the_log_records_is_refused_and_stores_nothing()
    {
        await using (var db = await ContextAsync())
        {
            var criterion = await db.Criteria.OrderBy(c => c.Id).FirstAsync();
            criterion.Definition += " (saved synchronously)";
            Assert.Throws<NotSupportedException>(() => db.SaveChanges());
        }

        await using var check = await ContextAsync();
        Assert.False(await check.Criteria.AnyAsync(c => c.Definition.EndsWith(" (saved synchronously)")));
    }

    private static System.Text.Json.JsonElement Json(string? values) => System.Text.Json.JsonDocument.Parse(values!).RootElement;
}
