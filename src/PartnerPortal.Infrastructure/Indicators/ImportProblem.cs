namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>Something in a file that stops it importing, with its place (line and column are 1-based; 0 when not about one cell).</summary>
public sealed record ImportProblem(int Line, int Column, string Message)
{
    public override string ToString() => Line == 0 ? Message : Column == 0 ? $"line {Line}: {Message}" : $"line {Line}, column {Column}: {Message}";
}
