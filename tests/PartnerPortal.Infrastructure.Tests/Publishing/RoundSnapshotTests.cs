using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Countries;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Framework;
using PartnerPortal.Infrastructure.Longlisting;
using PartnerPortal.Infrastructure.Publishing;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Infrastructure.Technologies;
using PartnerPortal.Infrastructure.Workspace;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Publishing;

/// <summary>
/// A published round is the record of a decision (ADR-007): renaming the countries, technologies and themes it
/// shares with other rounds, or rewording a criterion, leaves everything it shows exactly as it was published.
/// </summary>
public class RoundSnapshotTests : SeededStudyTests
{
    private const string Slug = "rebench";
    private static readonly string[] Criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];

    [Fact]
    public async Task A_published_rounds_exports_tables_and_figures_stay_as_published_when_shared_names_and_criteria_change()
    {
        var round = await ScoredAndDecidedCopyAsync();
        var lifecycle = Services.GetRequiredService<RoundLifecycle>();
        await lifecycle.MoveAsync(Slug, RoundStatus.Review);
        await lifecycle.MoveAsync(Slug, RoundStatus.Published);
        var published = await OutputsAsync(round.Id);

        await RenameSharedDataAsync();
        var weights = Services.GetRequiredService<RoundWeightsEditor>();
        var current = await weights.ReadAsync(Slug, RoundViewer.Unrestricted);
        await Assert.ThrowsAsync<RoundClosedException>(() => weights.SetDirectAsync(Slug, [5, 1, 1, 1, 1], "After the fact.", current.Version));
        var afterwards = await OutputsAsync(round.Id);

        Assert.Equal(published.Exports.Keys, afterwards.Exports.Keys);
        foreach (var (name, bytes) in published.Exports)
        {
            Assert.True(bytes.SequenceEqual(afterwards.Exports[name]), $"{name} changed after the round was published");
        }
        Assert.Equal(published.Pages, afterwards.Pages);
        Assert.DoesNotContain("China (PRC)", afterwards.Pages);
        Assert.DoesNotContain("Lithium batteries", afterwards.Pages);
        await using var db = await ContextAsync();
        Assert.Equal(1, await db.RoundSnapshots.CountAsync(s => s.RoundId == round.Id));
        Assert.DoesNotContain(await db.AuditLog.Select(a => a.EntityType).ToListAsync(), type => type == nameof(RoundSnapshot));
    }

    [Fact]
    public async Task A_round_still_in_scoring_shows_shared_names_and_criteria_as_they_are_now()
    {
        var round = await ScoredAndDecidedCopyAsync();
        var before = await OutputsAsync(round.Id);

        await RenameSharedDataAsync();
        var after = await OutputsAsync(round.Id);

        Assert.Contains("China (PRC)", Encoding.UTF8.GetString(after.Exports["longlist.csv"]));
        Assert.DoesNotContain("China (PRC)", Encoding.UTF8.GetString(before.Exports["longlist.csv"]));
        Assert.Contains("Lithium batteries", after.Pages);
        Assert.Contains("Research and innovation excellence (revised)", after.Pages);
        Assert.Contains("Which labs lead, and since when?", after.Pages);
        Assert.Contains("Batteries first", after.Pages);
        await using var db = await ContextAsync();
        Assert.False(await db.RoundSnapshots.AnyAsync(s => s.RoundId == round.Id));
    }

    [Fact]
    public async Task A_round_published_before_snapshots_were_kept_gets_one_at_start_up_and_its_exports_keep_the_study_tables()
    {
        var writer = Services.GetRequiredService<RoundSnapshotWriter>();

        Assert.Equal([Study.RoundSlug], await writer.TakeMissingAsync());
        Assert.Empty(await writer.TakeMissingAsync());
        await RenameSharedDataAsync();

        Assert.Equal(await File.ReadAllTextAsync(Study.ExpectedFile("mm-2021-longlist.csv")), await ExportAsync(Study.RoundSlug, RoundTable.Longlist));
        Assert.Equal(await File.ReadAllTextAsync(Study.ExpectedFile("mm-2021-shortlist.csv")), await ExportAsync(Study.RoundSlug, RoundTable.Shortlist));
        await using var db = await ContextAsync();
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == "round.snapshot" && a.EntityKey == Study.RoundSlug));
    }

    /// <summary>A copy of the study in Scoring: two analysts score three pairs, a manager sets weights and shortlists two of them.</summary>
    private async Task<Round> ScoredAndDecidedCopyAsync()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        var (ana, bo) = (await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org"), await StudyRoundCopy.AddAnalystAsync(Services, round, "bo@example.org"));
        await ScoreAsync(ana, "CHN", "batteries", [5, 4, 5, 4, 5]);
        await ScoreAsync(bo, "CHN", "batteries", [4, 4, 5, 3, 5]);
        await ScoreAsync(ana, "CAN", "sustainable-plastics", [3, 3, 3, 3, 3]);
        await ScoreAsync(bo, "CAN", "sustainable-plastics", [5, 1, 3, 3, 3]);
        await ScoreAsync(ana, "DEU", "batteries", [2, 3, 4, 3, 2]);
        await ScoreAsync(bo, "DEU", "batteries", [3, 3, 4, 2, 2]);
        var weights = Services.GetRequiredService<RoundWeightsEditor>();
        Assert.Null(await weights.SetDirectAsync(Slug, [3, 2, 2, 1, 2], "Workshop weights.", (await weights.ReadAsync(Slug, RoundViewer.Unrestricted)).Version));
        var decisions = Services.GetRequiredService<ShortlistDecisions>();
        Assert.Null(await decisions.DecideAsync(Slug, "CHN", "batteries", ShortlistDecision.Accepted, "World-leading cell chemistry.", null));
        Assert.Null(await decisions.DecideAsync(Slug, "DEU", "batteries", ShortlistDecision.Accepted, "Automotive demand.", null));
        Assert.Null(await decisions.DecideAsync(Slug, "CAN", "sustainable-plastics", ShortlistDecision.Rejected, "Covered elsewhere.", null));
        return round;
    }

    private async Task ScoreAsync(string analyst, string country, string technology, byte[] values)
    {
        var recorder = Services.GetRequiredService<ScoreRecorder>();
        for (var i = 0; i < values.Length; i++)
        {
            Assert.False((await recorder.SaveAsync(new ScoreInput(Slug, country, technology, Criteria[i], analyst, values[i], Confidence.Medium, null, null, null))).IsConflict);
        }
    }

    /// <summary>What an admin may change in the shared framework: a country's and the home country's names, a technology's name and theme, a theme's headings, a criterion's wording.</summary>
    private async Task RenameSharedDataAsync()
    {
        var countries = Services.GetRequiredService<CountryEditor>();
        var china = (await countries.ReadAsync("CHN"))!;
        Assert.Null(await countries.SaveAsync(china with { Name = "China (PRC)", StudyName = "China (PRC)" }));
        var home = (await countries.ReadAsync("GBR"))!;
        Assert.Null(await countries.SaveAsync(home with { Name = "Britain", StudyName = "Britain" }));

        var technologies = Services.GetRequiredService<TechnologyEditor>();
        var batteries = (await technologies.ReadAsync("batteries"))!;
        Assert.Null(await technologies.SaveAsync(batteries with { Name = "Lithium batteries", GroupLetter = "H" }));

        var groups = Services.GetRequiredService<TechGroupEditor>();
        var netZero = (await groups.ReadAsync()).Themes.Single(t => t.Code == "net-zero");
        Assert.True(await groups.SaveThemeAsync(netZero.Code, "Net zero (renamed)", "Batteries first", "Net zero (renamed)", netZero.Version));

        var criteria = Services.GetRequiredService<CriterionEditor>();
        var rie = (await criteria.ReadAsync("rie"))!;
        Assert.Null(await criteria.SaveAsync(rie with
        {
            Name = "Research and innovation excellence (revised)",
            Definition = "A new definition.",
            Questions = ["Which labs lead, and since when?", .. rie.Questions.Skip(1)],
        }));
    }

    private sealed record Outputs(IReadOnlyDictionary<string, byte[]> Exports, string Pages);

    /// <summary>Every export of both tables, and what the round's pages render, as text to compare.</summary>
    private async Task<Outputs> OutputsAsync(int roundId)
    {
        var exports = new Dictionary<string, byte[]>();
        foreach (var table in new[] { RoundTable.Longlist, RoundTable.Shortlist })
        {
            foreach (var format in Enum.GetValues<ExportFormat>())
            {
                var output = new MemoryStream();
                await Services.GetRequiredService<RoundExporter>().ExportAsync(Slug, table, format, output, RoundViewer.Unrestricted);
                exports[$"{table.ToString().ToLowerInvariant()}.{format.ToString().ToLowerInvariant()}"] = output.ToArray();
            }
        }
        var longlist = Services.GetRequiredService<LonglistReader>();
        var shortlist = Services.GetRequiredService<ShortlistReader>();
        var analysis = await Services.GetRequiredService<RoundAnalyzer>().AnalyseAsync(Slug, RoundViewer.Unrestricted);
        var ranked = Enumerable.Range(0, analysis.Pairs).Where(p => analysis.Index.IsComplete(p)).ToList();
        var weights = await Services.GetRequiredService<RoundWeightsEditor>().ReadAsync(Slug, RoundViewer.Unrestricted);
        var worksheet = (await Services.GetRequiredService<AnalystWorkspace>().PairAsync(Slug, "CHN", "batteries", RoundViewer.Unrestricted))!;
        var matrix = await Services.GetRequiredService<AnalystWorkspace>().MatrixAsync(Slug, RoundViewer.Unrestricted);
        var pages = new
        {
            Summary = await Services.GetRequiredService<RoundCatalog>().FindAsync(Slug),
            Headings = await longlist.HeadingsAsync(roundId),
            Longlist = await longlist.ReadAsync(roundId, PairVisibility.All),
            Shortlist = await shortlist.ReadAsync(roundId, PairVisibility.All),
            Opportunities = await shortlist.OpportunitiesAsync(roundId, PairVisibility.All),
            Balance = await shortlist.BalanceAsync(roundId, PairVisibility.All),
            analysis.Countries,
            analysis.Technologies,
            analysis.Criteria,
            analysis.Weights,
            Ranking = ranked.Select(p => new
            {
                Pair = $"{analysis.CountryOf(p).Name} – {analysis.TechnologyOf(p).Name}",
                Index = analysis.Index.Index(p),
                Rank = analysis.OverallRanks[p],
                InTechnology = analysis.RanksInTechnology[p],
                Means = Enumerable.Range(0, analysis.Criteria.Count).Select(c => analysis.Aggregate.Statistics(p, c).Mean),
            }),
            Longlisted = analysis.Longlist.Select(d => $"{analysis.CountryOf(d.Key).Name} – {analysis.TechnologyOf(d.Key).Name}: {d.Value.Reason}"),
            analysis.Shortlisted,
            Proposal = analysis.Proposal.Pairs.Select(p => analysis.KeyOf(p.Candidate.Pair)),
            WeightsPage = new { weights.Criteria, weights.Weights },
            Worksheet = new
            {
                Country = worksheet.Country.Name, worksheet.Country.Region, Technology = worksheet.Technology.Name, Theme = worksheet.Technology.TechGroup!.Theme!.Name,
                Criteria = worksheet.Criteria.Select(c => new { c.Code, c.Name, c.Definition, Questions = c.Questions.Select(q => q.Text), Scale = c.Scale.Select(l => l.Description) }),
            },
            Matrix = new { matrix.Countries, Technologies = matrix.Technologies.Select(t => new { t.Slug, t.Name, t.Theme }) },
        };
        return new Outputs(exports, JsonSerializer.Serialize(pages, new JsonSerializerOptions { WriteIndented = true }));
    }

    private async Task<string> ExportAsync(string round, RoundTable table)
    {
        var output = new MemoryStream();
        await Services.GetRequiredService<RoundExporter>().ExportAsync(round, table, ExportFormat.Csv, output, RoundViewer.Unrestricted);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
