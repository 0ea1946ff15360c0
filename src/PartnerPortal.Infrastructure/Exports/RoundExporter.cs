using System.Text;
using System.Text.Json;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Csv;
using PartnerPortal.Infrastructure.Longlisting;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Shortlisting;

namespace PartnerPortal.Infrastructure.Exports;

/// <summary>
/// Writes a round's longlist or shortlist one row per pair: longlist as country,theme,technology and
/// shortlist as theme,technology,country, with the names the study uses, as CSV, JSON or an Excel workbook —
/// the rows the viewer may see (<see cref="RoundAnalyzer.VisibilityAsync"/>).
/// </summary>
public sealed class RoundExporter(RoundCatalog rounds, LonglistReader longlist, ShortlistReader shortlist, RoundAnalyzer analyzer)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Json => "application/json; charset=utf-8",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public async Task ExportAsync(string roundSlug, RoundTable table, ExportFormat format, Stream output, RoundViewer viewer, CancellationToken cancellationToken = default)
    {
        var (header, rows) = await ReadAsync(roundSlug, table, withDetails: format != ExportFormat.Csv, viewer, cancellationToken);
        if (format == ExportFormat.Xlsx)
        {
            XlsxSheet.Write(output, table.ToString(), header, rows);
            return;
        }
        await using var writer = new StreamWriter(output, Utf8, leaveOpen: true) { NewLine = "\n" };
        if (format == ExportFormat.Csv)
        {
            await writer.WriteLineAsync(CsvText.SafeLine(header));
            foreach (var row in rows)
            {
                await writer.WriteLineAsync(CsvText.SafeLine(row));
            }
        }
        else
        {
            var objects = rows.Select(row => header.Zip(row).ToDictionary(pair => pair.First, pair => pair.Second));
            await writer.WriteLineAsync(JsonSerializer.Serialize(objects, Json));
        }
        await writer.FlushAsync(cancellationToken);
    }

    /// <param name="withDetails">
    /// The shortlist's JSON and Excel exports carry each opportunity's value capture, instruments and win-win
    /// principles; the CSV keeps the three columns of Table 6.2, the format other tools already read.
    /// </param>
    private async Task<(string[] Header, List<string[]> Rows)> ReadAsync(string roundSlug, RoundTable table, bool withDetails, RoundViewer viewer, CancellationToken cancellationToken)
    {
        var round = await rounds.FindAsync(roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        var visible = await analyzer.VisibilityAsync(roundSlug, viewer, cancellationToken);
        if (table == RoundTable.Shortlist && withDetails)
        {
            return (
                ["theme", "technology", "country", "valueCapture", "instruments", "winWinPrinciples"],
                (await shortlist.OpportunitiesAsync(round.Id, visible, cancellationToken))
                    .Select(o => new[] { o.Theme, o.Technology, o.Country, o.ValueCapture, o.Instruments, o.Principles }).ToList());
        }
        return table switch
        {
            RoundTable.Longlist => (
                ["country", "theme", "technology"],
                (await longlist.ReadAsync(round.Id, visible, cancellationToken)).Select(p => new[] { p.Country, p.Theme, p.Technology }).ToList()),
            RoundTable.Shortlist => (
                ["theme", "technology", "country"],
                (await shortlist.ReadAsync(round.Id, visible, cancellationToken)).SelectMany(r => r.Pairs()).Select(p => new[] { p.Theme, p.Technology, p.Country }).ToList()),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
        };
    }
}
