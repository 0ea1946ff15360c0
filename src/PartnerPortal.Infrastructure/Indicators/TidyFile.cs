using PartnerPortal.Infrastructure.Csv;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// Reads the tidy layout, one value per row: <c>country,indicator,year,value[,source]</c>, the country as an
/// ISO alpha-3 or alpha-2 code or a name the portal knows. Empty values and ".." are missing, counted.
/// </summary>
public static class TidyFile
{
    private static readonly string[] Header = ["country", "indicator", "year", "value"];

    public static bool LooksLike(string firstLines)
    {
        var first = firstLines.TrimStart('\uFEFF').Split('\n')[0].Trim().ToLowerInvariant();
        return first.StartsWith("country,indicator,year,value", StringComparison.Ordinal);
    }

    public static IEnumerable<Observation> Read(TextReader reader, ICollection<ImportProblem> problems, Action missingValue) =>
        Read(new CsvRecordReader(reader).ReadAll(), problems, missingValue);

    /// <summary>Reads tidy rows from any source of records: a CSV file, or the first sheet of a workbook.</summary>
    public static IEnumerable<Observation> Read(IEnumerable<CsvRecord> records, ICollection<ImportProblem> problems, Action missingValue)
    {
        using var rows = records.GetEnumerator();
        var header = rows.MoveNext() ? rows.Current : null;
        if (header is null || header.Fields.Count < 4 || !Header.SequenceEqual(header.Fields.Take(4).Select(f => f.TrimStart('\uFEFF').Trim().ToLowerInvariant())))
        {
            problems.Add(new ImportProblem(1, 0, "The header must start with country,indicator,year,value."));
            yield break;
        }
        var width = header.Fields.Count;
        while (rows.MoveNext())
        {
            var record = rows.Current;
            var fields = record.Fields;
            if (RowCheck.IsBlank(record) || !RowCheck.HasWidth(record, width, problems) || !RowCheck.TryCode(record, 1, fields[1].Trim(), problems)
                || !RowCheck.TryYear(record, 2, problems, out var year) || !RowCheck.TryValue(record, 3, problems, missingValue, out var value))
            {
                continue;
            }
            yield return new Observation(record.Line, 4, fields[0].Trim(), fields[1].Trim(), fields[1].Trim(), year, value);
        }
    }
}
