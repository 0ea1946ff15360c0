using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Csv;
using PartnerPortal.Infrastructure.Longlisting;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Ranking;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Shortlisting;

namespace PartnerPortal.Infrastructure.Exports;

/// <summary>
/// Writes a round's longlist or shortlist one row per pair, the rows the viewer may see
/// (<see cref="RoundAnalyzer.VisibilityAsync"/>). The CSV files are the study's Tables 6.1 and 6.2 exactly —
/// longlist as country,theme,technology and shortlist as theme,technology,country, in the study's wording — the
/// format other tools already read. The JSON and Excel files name countries, technologies and themes as every
/// other export does (<see cref="ExportNames"/>), with their codes; the shortlist's carry each accepted pair's
/// figures, rationale, value capture, instruments and win-win principles (<see cref="ShortlistedOpportunity"/>), and
/// both carry each pair's research-security screening (the CSV files stay the study's tables, which have none).
/// </summary>
public sealed class RoundExporter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly RoundCatalog _rounds;
    private readonly LonglistReader _longlist;
    private readonly ShortlistReader _shortlist;
    private readonly RoundAnalyzer _analyzer;
    private readonly RoundRanking _ranking;
    private readonly IDbContextFactory<PortalDbContext> _contextFactory;
    private readonly ShortlistDetails _details;

    /// <param name="contextFactory">Where the tables are read from: the read replica, when one is configured.</param>
    public RoundExporter(
        RoundCatalog rounds, LonglistReader longlist, ShortlistReader shortlist, RoundAnalyzer analyzer, RoundRanking ranking,
        IDbContextFactory<PortalDbContext> contextFactory)
    {
        (_rounds, _longlist, _shortlist, _analyzer, _ranking, _contextFactory) = (rounds, longlist, shortlist, analyzer, ranking, contextFactory);
        _details = new ShortlistDetails(contextFactory, shortlist);
    }

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Json => "application/json; charset=utf-8",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public async Task ExportAsync(string roundSlug, RoundTable table, ExportFormat format, Stream output, RoundViewer viewer, CancellationToken cancellationToken = default)
    {
        var round = await _rounds.FindAsync(roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        var visible = await _analyzer.VisibilityAsync(roundSlug, viewer, cancellationToken);
        switch (table, format)
        {
            case (_, ExportFormat.Csv):
                await WriteStudyTableAsync(round, table, visible, output, cancellationToken);
                break;
            case (RoundTable.Longlist, _):
                await WriteLonglistAsync(round, format, visible, viewer, output, cancellationToken);
                break;
            case (RoundTable.Shortlist, _):
                var ranking = await _ranking.ReadAsync(roundSlug, viewer, cancellationToken: cancellationToken);
                var opportunities = await _details.ReadAsync(
                    round.Id, round.Status == Domain.Rounds.RoundStatus.Published, visible, viewer, ranking, await ScreeningAsync(roundSlug, viewer, cancellationToken), cancellationToken);
                await WriteShortlistAsync(opportunities, format, output, cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(table), table, null);
        }
    }

    /// <summary>The accepted opportunities as the shortlist's JSON and Excel exports and the round report hold them.</summary>
    public async Task<IReadOnlyList<ShortlistedOpportunity>> OpportunitiesAsync(string roundSlug, RoundViewer viewer, CancellationToken cancellationToken = default)
    {
        var round = await _rounds.FindAsync(roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        var visible = await _analyzer.VisibilityAsync(roundSlug, viewer, cancellationToken);
        var ranking = await _ranking.ReadAsync(roundSlug, viewer, cancellationToken: cancellationToken);
        return await _details.ReadAsync(
            round.Id, round.Status == Domain.Rounds.RoundStatus.Published, visible, viewer, ranking, await ScreeningAsync(roundSlug, viewer, cancellationToken), cancellationToken);
    }

    /// <summary>Each pair's screening level as the viewer's analysis has it, scored or not; none for a round with nothing in scope yet.</summary>
    private async Task<Func<PairKey, ScreeningLevel?>> ScreeningAsync(string roundSlug, RoundViewer viewer, CancellationToken cancellationToken)
    {
        RoundAnalysis analysis;
        try
        {
            analysis = await _analyzer.AnalyseAsync(roundSlug, viewer, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return _ => null; // nothing in scope yet, so nothing to screen
        }
        return key => analysis.FindPair(key.CountryCode, key.TechnologySlug) is { } pair ? analysis.ScreeningOf(pair).Level : null;
    }

    /// <summary>Tables 6.1 and 6.2 as the study publishes them, one row per pair; held-out copies of the study's tables check these bytes.</summary>
    private async Task WriteStudyTableAsync(RoundSummary round, RoundTable table, PairVisibility visible, Stream output, CancellationToken cancellationToken)
    {
        var (header, rows) = table switch
        {
            RoundTable.Longlist => (
                new[] { "country", "theme", "technology" },
                (await _longlist.ReadAsync(round.Id, visible, cancellationToken)).Select(p => new[] { p.Country, p.Theme, p.Technology }).ToList()),
            _ => (
                ["theme", "technology", "country"],
                (await _shortlist.ReadAsync(round.Id, visible, cancellationToken)).SelectMany(r => r.Pairs()).Select(p => new[] { p.Theme, p.Technology, p.Country }).ToList()),
        };
        await using var writer = new StreamWriter(output, Utf8, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync(CsvText.SafeLine(header));
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(CsvText.SafeLine(row));
        }
        await writer.FlushAsync(cancellationToken);
    }

    private async Task WriteLonglistAsync(RoundSummary round, ExportFormat format, PairVisibility visible, RoundViewer viewer, Stream output, CancellationToken cancellationToken)
    {
        var pairs = await _longlist.ReadAsync(round.Id, visible, cancellationToken);
        var screening = await ScreeningAsync(round.Slug, viewer, cancellationToken);
        ExportNames names;
        await using (var db = await _contextFactory.CreateDbContextAsync(cancellationToken))
        {
            names = await ExportNames.LoadAsync(db, round.Id, cancellationToken);
        }
        var rows = pairs.Select(p => new LonglistRow(names.Country(p.CountryCode), p.CountryCode, names.Theme(p.TechnologySlug), names.Technology(p.TechnologySlug), p.TechnologySlug,
            screening(new PairKey(p.CountryCode, p.TechnologySlug))?.ToString())).ToList();
        if (format == ExportFormat.Json)
        {
            await WriteJsonAsync(rows, output, cancellationToken);
            return;
        }
        XlsxSheet.Write(output, "Longlist",
            [new("Country", 28), new("Country code", 14), new("Theme", 36), new("Technology", 40), new("Technology slug", 32), new("Screening", 12)],
            rows.Select(r => (IReadOnlyList<object?>)[r.Country, r.CountryCode, r.Theme, r.Technology, r.TechnologySlug, r.Screening]));
    }

    private static async Task WriteShortlistAsync(IReadOnlyList<ShortlistedOpportunity> opportunities, ExportFormat format, Stream output, CancellationToken cancellationToken)
    {
        if (format == ExportFormat.Json)
        {
            await WriteJsonAsync(opportunities, output, cancellationToken);
            return;
        }
        var principles = opportunities.FirstOrDefault()?.Principles.Select(p => p.Principle).ToList() ?? [];
        XlsxSheet.Write(output, "Shortlist",
            [
                new("Theme", 30), new("Technology", 36), new("Technology slug", 28), new("Country", 28), new("Country code", 14),
                new("Index", 9, Decimals: 1), new("Rank", 8), new("Rank in technology", 12),
                new("Rationale", 60), new("Value capture", 36), new("Instruments", 50),
                new("Screening", 12), new("Screening set by a manager because", 40), new("Mitigation plan", 50), new("Mitigation measures", 40),
                .. principles.SelectMany(p => new XlsxColumn[] { new(p, 14), new($"{p}: note", 40) }),
            ],
            opportunities.Select(o => (IReadOnlyList<object?>)
            [
                o.Theme, o.Technology, o.TechnologySlug, o.Country, o.CountryCode, o.Index, o.Rank, o.RankInTechnology,
                o.Rationale, string.Join("; ", o.ValueCapture), string.Join("; ", o.Instruments),
                o.Screening, o.ScreeningOverride, o.Mitigation?.Plan, o.Mitigation is null ? null : string.Join("; ", o.Mitigation.Measures),
                .. o.Principles.SelectMany(p => new object?[] { p.Status, p.Note }),
            ]));
    }

    private static async Task WriteJsonAsync<T>(T value, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, Utf8, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync(JsonSerializer.Serialize(value, Json));
        await writer.FlushAsync(cancellationToken);
    }

    private sealed record LonglistRow(string Country, string CountryCode, string Theme, string Technology, string TechnologySlug, string? Screening);
}
