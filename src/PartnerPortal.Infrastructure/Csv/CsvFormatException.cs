namespace PartnerPortal.Infrastructure.Csv;

public sealed class CsvFormatException(int line, string problem) : Exception($"line {line}: {problem}")
{
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
