using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Shortlisting;
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
}
