using System.Globalization;
using PartnerPortal.Infrastructure.Csv;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// Reads a World Bank bulk download (<c>API_&lt;indicator&gt;_DS2_…csv</c>) as a stream of values: the four
/// preamble lines (absent when Excel has re-saved the file), then "Country Name, Country Code, Indicator Name,
/// Indicator Code, 1960, 1961, …" and one row per country. Empty cells and ".." are missing values, counted.
/// </summary>
public static class WorldBankFile
{
    public static bool LooksLike(string firstLines) =>
        firstLines.Contains("\"Country Name\",\"Country Code\"", StringComparison.Ordinal) || firstLines.Contains("Country Name,Country Code", StringComparison.Ordinal)
        || firstLines.Contains("World Development Indicators", StringComparison.Ordinal);

    public static IEnumerable<Observation> Read(TextReader reader, ICollection<ImportProblem> problems, Action missingValue)
    {
        var csv = new CsvRecordReader(reader);
        CsvRecord? header = null;
        while (csv.ReadRecord() is { } record)
        {
            if (record.Fields.Count > 0 && record.Fields[0].TrimStart('\uFEFF') == "Country Name")
            {
                header = record;
                break;
            }
        }
        if (header is null)
        {
            problems.Add(new ImportProblem(0, 0, "No header row \"Country Name, Country Code, Indicator Name, Indicator Code, 1960, …\" was found: is this a World Bank bulk file?"));
            yield break;
        }
        var years = new List<(int Column, int Year)>();
        for (var column = 4; column < header.Fields.Count; column++)
        {
            if (int.TryParse(header.Fields[column], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200)
            {
                years.Add((column, year));
            }
            else if (header.Fields[column].Length > 0)
            {
                problems.Add(new ImportProblem(header.Line, column + 1, $"The header \"{RowCheck.Shown(header.Fields[column])}\" is not a year."));
            }
        }
        var width = years.Count == 0 ? 4 : years[^1].Column + 1;
        while (csv.ReadRecord() is { } record)
        {
            var fields = record.Fields;
            if (RowCheck.IsBlank(record))
            {
                continue;
            }
            // World Bank rows end with an empty column; anything beyond that is a damaged row.
            var used = fields.Count;
            while (used > width && fields[used - 1].Length == 0)
            {
                used--;
            }
            if (used < 4 || used > width)
            {
                problems.Add(new ImportProblem(record.Line, 0, $"The row has {fields.Count} columns; the header has {width}."));
                continue;
            }
            if (!RowCheck.TryCode(record, 3, fields[3].Trim(), problems))
            {
                continue;
            }
            foreach (var (column, year) in years)
            {
                if (!RowCheck.TryValue(record, column, problems, missingValue, out var value))
                {
                    continue;
                }
                yield return new Observation(record.Line, column + 1, fields[1].Trim(), fields[3].Trim(), fields[2].Trim(), year, value);
            }
        }
    }
}
