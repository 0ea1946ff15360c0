namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>A seed file is malformed; the message names the file, line and field.</summary>
public sealed class SeedDataException(string file, int line, string? field, string problem)
    : Exception(field is null ? $"{file}, line {line}: {problem}" : $"{file}, line {line}, field '{field}': {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string? Field { get; } = field;
}
