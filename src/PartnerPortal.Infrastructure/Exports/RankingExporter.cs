using System.Globalization;
using System.Text;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Csv;
using PartnerPortal.Infrastructure.Ranking;

namespace PartnerPortal.Infrastructure.Exports;

/// <summary>
/// The ranking as a spreadsheet replaces the one the managers kept by hand: every fully scored pair the viewer
/// may see, or the subset a grid shows (its filter and sort), one row each — names and codes, index, rank overall
/// and within the technology, each criterion's mean and standard deviation, where analysts disagree, the longlist's
/// verdict and reason, the decision and its rationale. CSV (UTF-8, numbers with a decimal point) or an Excel
/// workbook whose numbers are numbers.
/// </summary>
public sealed class RankingExporter(RoundRanking ranking)
{
    public static IReadOnlyList<ExportFormat> Formats { get; } = [ExportFormat.Csv, ExportFormat.Xlsx];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <exception cref="ArgumentOutOfRangeException">The format is not one of <see cref="Formats"/>.</exception>
    public async Task ExportAsync(
        string roundSlug, ExportFormat format, Stream output, RoundViewer viewer, RankingFilter? filter = null, RankingSort? sort = null,
        CancellationToken cancellationToken = default)
    {
        if (!Formats.Contains(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "The ranking exports as CSV or Excel.");
        }
        var table = await ranking.ReadAsync(roundSlug, viewer, filter, sort, cancellationToken);
        await WriteAsync(table, format, output, cancellationToken);
    }

    internal static async Task WriteAsync(RankingTable table, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        var columns = Columns(table);
        var rows = table.Rows.Select(row => Values(table, row));
        if (format == ExportFormat.Xlsx)
        {
            XlsxSheet.Write(output, "Ranking", columns, rows);
            return;
        }
        await using var writer = new StreamWriter(output, Utf8, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync(CsvText.SafeLine(columns.Select(c => c.Header)));
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(CsvText.SafeLine(row.Select((value, i) => Text(value, columns[i].Decimals))));
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static List<XlsxColumn> Columns(RankingTable table) =>
    [
        new("Rank", 7), new("Index", 8, Decimals: 2), new("Country", 26), new("Country code", 13), new("Technology", 36), new("Technology slug", 28),
        new("Theme", 30), new("Rank in technology", 12),
        .. table.Criteria.SelectMany(c => new XlsxColumn[] { new($"{c.Name}: mean", 14, Decimals: 2), new($"{c.Name}: SD", 10, Decimals: 2) }),
        new("Analysts disagree on", 30), new("Longlist", 16), new("Longlist reason", 60), new("Decision", 11), new("Rationale", 60),
        new("Research-security screening", 14), new("Scores contradicting the data", 14),
    ];

    private static IReadOnlyList<object?> Values(RankingTable table, RankedPair row) =>
    [
        row.Rank, row.Index, row.CountryName, row.CountryCode, row.TechnologyName, row.TechnologySlug, row.Theme, row.RankInTechnology,
        .. row.Criteria.SelectMany(c => new object?[] { c.Scores > 0 ? c.Mean : null, c.Scores > 1 ? c.StandardDeviation : null }),
        string.Join("; ", row.Criteria.Select((c, i) => c.Disagreement ? table.Criteria[i].Name : null).OfType<string>()),
        row.Longlist switch { LonglistVerdict.Longlisted => "Longlisted", LonglistVerdict.NotLonglisted => "Not longlisted", _ => "No evidence yet" },
        row.LonglistReason,
        row.Decision == RankedDecision.None ? null : row.Decision.ToString(),
        row.Rationale,
        row.Screening.ToString(),
        row.Contradictions,
    ];

    private static string Text(object? value, int? decimals) => value switch
    {
        null => "",
        double number => number.ToString(decimals is { } places ? "F" + places : "R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
