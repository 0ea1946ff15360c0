using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Auditing;

/// <summary>The audit log page's reads: filters the database applies, pages with the whole match counted, entries in words.</summary>
public class AuditLogReaderTests : SeededStudyTests
{
    private AuditLogReader Reader => Services.GetRequiredService<AuditLogReader>();

    private Task<ScoreSaveResult> ScoreAsync(string round, string analyst, byte value, uint? version = null) =>
        Services.GetRequiredService<ScoreRecorder>().SaveAsync(
            new ScoreInput(round, "CAN", "quantum-systems-manufacturing", "rie", analyst, value, Confidence.High, "Strong national programme.", null, version));

    [Fact]
    public async Task Filtering_by_round_finds_its_scores_weights_and_evidence_by_name_and_nothing_of_another_round()
    {
        var one = await StudyRoundCopy.CreateAsync(Services, "one");
        var two = await StudyRoundCopy.CreateAsync(Services, "two");
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, one, "ana@example.org");
        var other = await StudyRoundCopy.AddAnalystAsync(Services, two, "bo@example.org");
        var first = await ScoreAsync("one", analyst, 4);
        await ScoreAsync("one", analyst, 5, first.Score.Version);
        await ScoreAsync("two", other, 2);
        var editor = Services.GetRequiredService<RoundWeightsEditor>();
        await editor.SetDirectAsync("one", [2, 2, 1, 1, 4], "Workshop of 3 March", (await editor.ReadAsync("one", RoundViewer.Unrestricted)).Version);

        var (lines, total) = await Reader.LinesAsync(new AuditQuery(RoundId: one.Id), 0, 1000);

        Assert.Equal(total, lines.Count);
        var scores = lines.Where(l => l.Kind == AuditKinds.Score).ToList();
        Assert.Equal(["changed", "added"], scores.Select(s => s.What));
        // Saved by the recorder outside any page, so by the portal itself: the analyst is named beside the score.
        Assert.All(scores, s => Assert.Equal("Canada × Quantum systems manufacturing, criterion Research and innovation excellence, scored by ana@example.org", s.Record));
        Assert.Contains("Score: 4 → 5", scores[0].Changes.Select(c => c.ToString()));
        var weights = Assert.Single(lines, l => l.Kind == AuditKinds.Weights);
        Assert.Equal((one.Name, "Workshop of 3 March"), (weights.Record, weights.Comment));
        Assert.Contains(lines, l => l.Kind == AuditKinds.LonglistEvidence);
        Assert.All(lines, l => Assert.True(l.Round == one.Name || l.Record == one.Name, $"{l.Kind} {l.Record} ({l.Round})"));
        Assert.DoesNotContain(lines, l => l.Round == two.Name || l.Record == two.Name);
    }

    [Fact]
    public async Task Kind_person_and_dates_filter_in_the_database_and_a_page_counts_the_whole_match()
    {
        var email = await AddUserAsync("person@example.org", PortalRoles.Analyst);
        await using (var scope = Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            using var acting = AuditActing.As("admin@example.org");
            await accounts.SetRolesAsync(email, [PortalRoles.Analyst, PortalRoles.PortfolioManager]);
            await accounts.SetRolesAsync(email, [PortalRoles.PortfolioManager]);
            await accounts.SetRolesAsync(email, [PortalRoles.Admin]);
        }
        var byAdmin = new AuditQuery(Person: "admin@example.org", Kind: AuditKinds.UserRole);

        var (firstPage, total) = await Reader.LinesAsync(byAdmin, 0, 2);
        var (secondPage, _) = await Reader.LinesAsync(byAdmin, 2, 2);
        var (oldestFirst, _) = await Reader.LinesAsync(byAdmin, 0, 1, oldestFirst: true);
        var (accountChanges, accountTotal) = await Reader.LinesAsync(byAdmin with { Kind = AuditKinds.User }, 0, 10);
        var (tomorrow, none) = await Reader.LinesAsync(byAdmin with { From = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1) }, 0, 10);
        var (bySomeoneElse, _) = await Reader.LinesAsync(new AuditQuery(Person: "admin@example", Kind: AuditKinds.UserRole), 0, 10);

        Assert.Equal(3, total);
        Assert.Equal(2, firstPage.Count);
        Assert.Equal("Roles: Portfolio manager → Admin", Assert.Single(firstPage[0].Changes).ToString());
        Assert.Equal("Roles: Analyst → Analyst, Portfolio manager", Assert.Single(Assert.Single(oldestFirst).Changes).ToString());
        Assert.Single(secondPage);
        Assert.All(firstPage.Concat(secondPage), l => Assert.Equal(("person@example.org", "admin@example.org"), (l.Record, l.Who)));
        // Each role change also renews the account's security stamp: an account change, by the same admin.
        Assert.Equal(3, accountTotal);
        Assert.All(accountChanges, l => Assert.Contains("Open sessions: ended", l.Changes.Single().ToString()));
        Assert.Equal(0, none);
        Assert.Empty(tomorrow);
        Assert.Empty(bySomeoneElse);
    }

    [Fact]
    public async Task The_people_filter_offers_everyone_who_acted_by_name()
    {
        await AddUserAsync("named@example.org", PortalRoles.Admin, "Named Person");
        await using (var scope = Services.CreateAsyncScope())
        {
            using var acting = AuditActing.As("named@example.org");
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetRolesAsync("named@example.org", [PortalRoles.Admin, PortalRoles.Analyst]);
        }

        var people = await Reader.PeopleAsync();

        Assert.Contains(("named@example.org", "Named Person", "named@example.org"), people);
        Assert.Contains(("system", "The portal itself", null), people);
    }

    private async Task<string> AddUserAsync(string email, string role, string? name = null)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, [role], "a long enough password 1", displayName: name);
        return email;
    }
}
