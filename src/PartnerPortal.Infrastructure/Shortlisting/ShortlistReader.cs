using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Publishing;

namespace PartnerPortal.Infrastructure.Shortlisting;

/// <summary>
/// Reads a round's shortlist as the Table 6.2 rows: accepted partners only, in the decided order. Decisions
/// follow the scores, so a reader sees only the pairs it may see the figures of (<see cref="PairVisibility"/>).
/// </summary>
public sealed class ShortlistReader(IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <summary>Table 6.2's rows; once the round is published, those it published (ADR-007).</summary>
    public async Task<IReadOnlyList<ShortlistTableRow>> ReadAsync(int roundId, PairVisibility visible, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await PublishedRounds.PartAsync<IReadOnlyList<ShortlistTableRow>>(db, roundId, nameof(PublishedRound.Shortlist), cancellationToken)
            ?? await ComputeRowsAsync(db, roundId, visible, cancellationToken);
    }

    internal static async Task<IReadOnlyList<ShortlistTableRow>> ComputeRowsAsync(PortalDbContext db, int roundId, PairVisibility visible, CancellationToken cancellationToken) =>
        (await LoadAsync(db, roundId, visible, cancellationToken))
            .Select(e => new ShortlistTableRow(
                e.Technology!.TechGroup!.Theme!.ShortlistHeading,
                e.Technology.Slug,
                e.Title,
                e.Description,
                Accepted(e, visible).Select((p, index) => p.StudyName(startOfSentence: index == 0)).ToList(),
                e.Rationale.OrderBy(r => r.Position).Select(r => r.Text).ToList()))
            .ToList();

    /// <summary>
    /// Each accepted pair in Table 6.2 order, with its value-capture pathways, instruments and win-win principles in
    /// words; once the round is published, as it published them.
    /// </summary>
    public async Task<IReadOnlyList<OpportunityRow>> OpportunitiesAsync(int roundId, PairVisibility visible, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await PublishedRounds.PartAsync<IReadOnlyList<OpportunityRow>>(db, roundId, nameof(PublishedRound.Opportunities), cancellationToken)
            ?? await ComputeOpportunitiesAsync(db, roundId, visible, cancellationToken);
    }

    internal static async Task<IReadOnlyList<OpportunityRow>> ComputeOpportunitiesAsync(PortalDbContext db, int roundId, PairVisibility visible, CancellationToken cancellationToken)
    {
        var instruments = await db.Instruments.ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var principles = await db.Principles.OrderBy(p => p.Position).ToListAsync(cancellationToken);
        return (await LoadAsync(db, roundId, visible, cancellationToken))
            .SelectMany(e => Accepted(e, visible).Select((p, index) => new OpportunityRow(
                e.Technology!.TechGroup!.Theme!.ShortlistHeading,
                e.Title,
                p.StudyName(startOfSentence: index == 0),
                p.Country!.Code,
                e.Technology.Slug,
                Domain.Shortlisting.ValueCapturePathwayText.Describe(p.ValueCapture),
                string.Join("; ", p.InstrumentIds.Where(instruments.ContainsKey).Select(id => instruments[id])),
                string.Join("; ", principles
                    .Select(principle => (principle, assessment: p.Principles.FirstOrDefault(a => a.PrincipleId == principle.Id)))
                    .Where(x => x.assessment is not null && (x.assessment.Status != PrincipleStatus.Unknown || x.assessment.Note is not null))
                    .Select(x => $"{x.principle.Name}: {Describe(x.assessment!.Status)}{(x.assessment.Note is null ? "" : $" ({x.assessment.Note})")}")))))
            .ToList();
    }

    /// <summary>
    /// The balance of the accepted shortlist: themes, regions, established and emerging partners, load per country;
    /// once the round is published, by the names and regions it published under.
    /// </summary>
    public async Task<PortfolioBalance> BalanceAsync(int roundId, PairVisibility visible, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return PortfolioBalance.Of(await PublishedRounds.PartAsync<IReadOnlyList<BalanceItem>>(db, roundId, nameof(PublishedRound.Balance), cancellationToken)
            ?? await ComputeBalanceItemsAsync(db, roundId, visible, cancellationToken));
    }

    internal static async Task<IReadOnlyList<BalanceItem>> ComputeBalanceItemsAsync(PortalDbContext db, int roundId, PairVisibility visible, CancellationToken cancellationToken) =>
        (await LoadAsync(db, roundId, visible, cancellationToken))
            .SelectMany(e => Accepted(e, visible).Select(p => new BalanceItem(
                e.Technology!.TechGroup!.Theme!.Name, e.Technology.Name, p.Country!.Name, p.Country.Region,
                p.Country.Maturity == Domain.Countries.PartnerMaturity.Emerging)))
            .ToList();

    private static string Describe(PrincipleStatus status) => status switch
    {
        PrincipleStatus.Met => "met",
        PrincipleStatus.AtRisk => "at risk",
        _ => "unknown",
    };

    private static IEnumerable<ShortlistPartner> Accepted(ShortlistEntry entry, PairVisibility visible) =>
        entry.Partners.Where(p => p.Decision == ShortlistDecision.Accepted && visible.Sees(p.CountryId, entry.TechnologyId)).OrderBy(p => p.Position);

    /// <summary>Entries in Table 6.2 order; a technology whose partners were all rejected or deferred (or hidden) is not on the shortlist.</summary>
    private static async Task<List<ShortlistEntry>> LoadAsync(PortalDbContext db, int roundId, PairVisibility visible, CancellationToken cancellationToken)
    {
        var entries = await db.ShortlistEntries.AsNoTracking()
            .Where(e => e.RoundId == roundId)
            .Include(e => e.Technology!).ThenInclude(t => t.TechGroup!).ThenInclude(g => g.Theme)
            .Include(e => e.Partners).ThenInclude(p => p.Country)
            .Include(e => e.Partners).ThenInclude(p => p.Principles)
            .Include(e => e.Rationale)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. entries
            .Where(e => Accepted(e, visible).Any())
            .OrderBy(e => e.Technology!.TechGroup!.Theme!.Position)
            .ThenBy(e => e.Position)];
    }
}
