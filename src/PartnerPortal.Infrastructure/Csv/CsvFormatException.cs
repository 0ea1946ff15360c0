namespace PartnerPortal.Infrastructure.Csv;

/// <summary>A file that is not readable CSV, or exceeds what a record may hold; line and column are 1-based (column 0: the whole line).</summary>
public sealed class CsvFormatException(int line, string problem, int column = 0) : Exception($"line {line}: {problem}")
{
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Problem { get; } = problem;
}
