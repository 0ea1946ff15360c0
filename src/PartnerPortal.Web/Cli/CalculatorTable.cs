using System.Globalization;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Csv;

namespace PartnerPortal.Web.Cli;

/// <summary>A calculator's CSV input: an optional header row, an optional first column of names, then numbers.</summary>
public sealed record CalculatorTable(IReadOnlyList<string> ColumnNames, IReadOnlyList<string> RowNames, IReadOnlyList<IReadOnlyList<double>> Values)
{
    public static CalculatorTable Read(string path, bool namedRows, bool header)
    {
        RequireFile(path);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        List<CsvRecord> records;
        try
        {
            records = [.. new CsvRecordReader(reader).ReadAll().Where(r => r.Fields.Any(f => f.Trim().Length > 0))];
        }
        catch (CsvFormatException e)
        {
            throw new ScoringInputException($"{path}: {e.Message}");
        }
        if (records.Count == 0)
        {
            throw new ScoringInputException($"{path}: the file is empty");
        }
        var columnNames = header ? records[0].Fields.Skip(namedRows ? 1 : 0).Select(f => f.Trim()).ToList() : [];
        var rows = header ? records.Skip(1).ToList() : records;
        var width = header ? columnNames.Count : rows[0].Fields.Count - (namedRows ? 1 : 0);
        var rowNames = new List<string>();
        var values = new List<IReadOnlyList<double>>();
        foreach (var row in rows)
        {
            var cells = row.Fields.Skip(namedRows ? 1 : 0).ToList();
            if (cells.Count != width)
            {
                throw new ScoringInputException($"{path}, line {row.Line}: {cells.Count} values where {width} are expected");
            }
            rowNames.Add(namedRows ? row.Fields[0].Trim() : $"{rowNames.Count + 1}");
            values.Add([.. cells.Select((cell, column) => ParseNumber(cell, path, row.Line, column + (namedRows ? 2 : 1)))]);
        }
        return new CalculatorTable(columnNames, rowNames, values);
    }

    /// <summary>A decimal number or a fraction such as 1/3 (how pairwise judgements are written).</summary>
    private static double ParseNumber(string cell, string path, int line, int column)
    {
        var text = cell.Trim();
        var parts = text.Split('/');
        if (parts.Length <= 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var numerator)
            && (parts.Length == 1 || double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var denominator) && denominator != 0))
        {
            return parts.Length == 1 ? numerator : numerator / double.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        throw new ScoringInputException($"{path}, line {line}, column {column}: '{text}' is not a number");
    }

    /// <summary>Whether a file's first cell is a label rather than a number, i.e. it has a header row.</summary>
    public static bool StartsWithLabel(string path)
    {
        RequireFile(path);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        string first;
        try
        {
            first = new CsvRecordReader(reader).ReadRecord()?.Fields.FirstOrDefault()?.Trim() ?? "";
        }
        catch (CsvFormatException e)
        {
            throw new ScoringInputException($"{path}: {e.Message}");
        }
        return first.Length == 0 || !double.TryParse(first.Split('/')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }

    /// <summary>A missing file or a directory is the caller's input error, said in one line, not an I/O exception.</summary>
    private static void RequireFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ScoringInputException($"{path}: is a directory, not a file");
        }
        if (!File.Exists(path))
        {
            throw new ScoringInputException($"{path}: file not found");
        }
    }
}
