using System.Globalization;
using PartnerPortal.Infrastructure.Workspace;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>
/// How a scoring-matrix cell shows the analyst's progress and, once they have done the pair, the group's index: a mark
/// (empty, half, full circle), the index as a number and as one of five colour bands. The number and the cell's
/// accessible name say what the colour says, so colour is never the only signal.
/// </summary>
public static class ScoringMatrixCell
{
    /// <summary>The index as the cell writes it (0–100, whole numbers); the band follows the written number, so 19.6 reads "20" and is shaded 20–39.</summary>
    public static string? Number(MatrixCell cell) => Rounded(cell)?.ToString(CultureInfo.InvariantCulture);

    public static string Describe(MatrixCell cell) => cell.Progress switch
    {
        PairProgress.Done => Rounded(cell) is { } index ? $"done, group index {index}" : "done",
        PairProgress.InProgress => "in progress",
        _ => "not started",
    };

    public static string StatusClass(MatrixCell cell) => cell.Progress switch
    {
        PairProgress.Done => "status-done",
        PairProgress.InProgress => "status-progress",
        _ => "status-none",
    };

    /// <summary>The colour band: 0–19, 20–39, 40–59, 60–79, 80–100; none without an index.</summary>
    public static string BandClass(MatrixCell cell) => Rounded(cell) switch
    {
        null => "",
        < 20 => "band-1",
        < 40 => "band-2",
        < 60 => "band-3",
        < 80 => "band-4",
        _ => "band-5",
    };

    private static int? Rounded(MatrixCell cell) => cell.GroupIndex is { } index ? (int)Math.Round(index, MidpointRounding.AwayFromZero) : null;
}
