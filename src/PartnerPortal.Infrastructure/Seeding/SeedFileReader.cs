using PartnerPortal.Infrastructure.Csv;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>Reads the CSV files in seed-data/ (UTF-8, header row, RFC 4180 quoting).</summary>
public static class SeedFileReader
{
    public static IReadOnlyList<SeedRow> Read(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new SeedDataException(fileName, 0, null, $"file not found in {directory}");
        }
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Parse(fileName, reader);
    }

    public static IReadOnlyList<SeedRow> Parse(string fileName, TextReader reader)
    {
        try
        {
            return ParseRecords(fileName, new CsvRecordReader(reader).ReadAll());
        }
        catch (CsvFormatException e)
        {
            throw new SeedDataException(fileName, e.Line, null, e.Problem);
        }
    }

    private static List<SeedRow> ParseRecords(string fileName, IEnumerable<CsvRecord> records)
    {
        using var enumerator = records.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            throw new SeedDataException(fileName, 1, null, "the file is empty; a header row is required");
        }
        var header = enumerator.Current.Fields.Select(name => name.Trim()).ToArray();
        var duplicate = header.GroupBy(name => name).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new SeedDataException(fileName, 1, duplicate.Key, "appears twice in the header");
        }
        var rows = new List<SeedRow>();
        while (enumerator.MoveNext())
        {
            var record = enumerator.Current;
            if (record.Fields.Count == 1 && string.IsNullOrWhiteSpace(record.Fields[0]))
            {
                continue;
            }
            if (record.Fields.Count != header.Length)
            {
                throw new SeedDataException(fileName, record.Line, null,
                    $"has {record.Fields.Count} fields but the header has {header.Length} ({string.Join(",", header)})");
            }
            var values = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++)
            {
                values[header[i]] = record.Fields[i];
            }
            rows.Add(new SeedRow(fileName, record.Line, values));
        }
        return rows;
    }
}
