namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>A file past one of the importer's bounds (a workbook unpacking too far, a cell or row too large), where it was found.</summary>
public sealed class ImportLimitException(int line, int column, string problem) : Exception(problem)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Problem { get; } = problem;
}
