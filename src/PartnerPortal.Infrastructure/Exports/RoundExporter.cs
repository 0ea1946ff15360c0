using System.Text.Json;
using PartnerPortal.Infrastructure.Csv;
using PartnerPortal.Infrastructure.Longlisting;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Shortlisting;

namespace PartnerPortal.Infrastructure.Exports;

/// <summary>
/// Writes a round's longlist or shortlist one row per pair: longlist as country,theme,technology and
/// shortlist as theme,technology,country, with the names the study uses.
/// </summary>
public sealed class RoundExporter(RoundCatalog rounds, LonglistReader longlist, ShortlistReader shortlist)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public async Task ExportAsync(string roundSlug, RoundTable table, ExportFormat format, TextWriter writer, CancellationToken cancellationToken = default)
    {
        var round = await rounds.FindAsync(roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        var (header, rows) = table switch
        {
            RoundTable.Longlist => (
                new[] { "country", "theme", "technology" },
                (await longlist.ReadAsync(round.Id, cancellationToken)).Select(p => new[] { p.Country, p.Theme, p.Technology }).ToList()),
            RoundTable.Shortlist => (
                new[] { "theme", "technology", "country" },
                (await shortlist.ReadAsync(round.Id, cancellationToken)).SelectMany(r => r.Pairs()).Select(p => new[] { p.Theme, p.Technology, p.Country }).ToList()),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
        };
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
}
