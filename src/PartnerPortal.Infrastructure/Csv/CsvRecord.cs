namespace PartnerPortal.Infrastructure.Csv;

/// <summary>One CSV record and the line it starts on (1-based), for error messages.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
