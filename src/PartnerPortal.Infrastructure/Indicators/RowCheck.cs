using System.Globalization;
using PartnerPortal.Infrastructure.Csv;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// The checks every file format makes of its rows, with the same messages: a row as wide as the header, a
/// year, a number — empty cells and ".." being missing values, counted, not problems. Columns are 0-based in
/// the calls and 1-based in the messages.
/// </summary>
internal static class RowCheck
{
    public static bool IsBlank(CsvRecord record) => record.Fields.Count == 1 && record.Fields[0].Length == 0;

    public static bool HasWidth(CsvRecord record, int width, ICollection<ImportProblem> problems)
    {
        if (record.Fields.Count == width)
        {
            return true;
        }
        problems.Add(new ImportProblem(record.Line, 0, $"The row has {record.Fields.Count} columns; the header has {width}."));
        return false;
    }

    /// <summary>The catalogue's limit for an indicator's code: a longer one can be neither matched nor created.</summary>
    public const int MaximumCodeLength = 100;

    /// <returns>false, with a problem, when the code is longer than the catalogue allows.</returns>
    public static bool TryCode(CsvRecord record, int column, string code, ICollection<ImportProblem> problems)
    {
        if (code.Length <= MaximumCodeLength)
        {
            return true;
        }
        problems.Add(new ImportProblem(record.Line, column + 1, $"The indicator code \"{Shown(code)}\" is longer than {MaximumCodeLength} characters."));
        return false;
    }

    public static bool TryYear(CsvRecord record, int column, ICollection<ImportProblem> problems, out int year, string why = "")
    {
        var text = record.Fields[column];
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2200)
        {
            return true;
        }
        problems.Add(new ImportProblem(record.Line, column + 1, $"\"{Shown(text)}\" is not a year{why}."));
        return false;
    }

    /// <returns>false when the cell is missing (counted) or not a number (a problem).</returns>
    public static bool TryValue(CsvRecord record, int column, ICollection<ImportProblem> problems, Action missingValue, out double value)
    {
        var text = column < record.Fields.Count ? record.Fields[column].Trim() : "";
        value = 0;
        if (text.Length == 0 || text == "..")
        {
            missingValue();
            return false;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }
        problems.Add(new ImportProblem(record.Line, column + 1, $"\"{Shown(text)}\" is not a number."));
        return false;
    }

    /// <summary>A cell as a message quotes it: the start of a long one, so a thousand problems stay small.</summary>
    public static string Shown(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
